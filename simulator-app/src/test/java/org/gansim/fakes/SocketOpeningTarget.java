package org.gansim.fakes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.gansim.api.ApiVersion;
import org.gansim.api.Sampler;
import org.gansim.api.TargetDistribution;
import org.gansim.api.param.ParamSpec;
import org.gansim.api.param.Params;

/**
 * A target that opens a network socket when it is created and keeps it open: what the no-network
 * test must catch (a plugin phoning home). It listens on the loopback address only.
 */
public final class SocketOpeningTarget implements TargetDistribution {

    private static final List<ServerSocket> OPEN = new java.util.ArrayList<>();

    public SocketOpeningTarget() {
        try {
            OPEN.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String id() {
        return "socket-opener";
    }

    @Override
    public int apiVersion() {
        return ApiVersion.CURRENT;
    }

    @Override
    public List<ParamSpec> params() {
        return List.of();
    }

    @Override
    public Sampler create(Params params) {
        return new BlobTarget().create(Params.defaults(new BlobTarget().params()));
    }
}
