package org.gansim.app.lab;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * An animated GIF written frame by frame with the JDK's own GIF writer: each frame carries its delay
 * (Graphics Control Extension) and the first the NETSCAPE2.0 extension that makes viewers loop.
 * The file is written beside its place and moved there on {@link #close()}, so a half-written GIF
 * never replaces a good one.
 *
 * <p>Used by one thread.
 */
public final class GifSequence implements AutoCloseable {

    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private final Path file;
    private final Path partial;
    private final ImageWriter writer;
    private final ImageOutputStream stream;
    private final int delayCentiseconds;
    private int frames;

    /**
     * @param file    the GIF to write
     * @param delayMs how long each frame shows, in milliseconds (GIF counts hundredths of a second)
     */
    public GifSequence(Path file, int delayMs) throws IOException {
        this.file = file.toAbsolutePath();
        this.partial = Files.createTempFile(this.file.getParent(), "." + this.file.getFileName(), ".part");
        this.writer = ImageIO.getImageWritersBySuffix("gif").next();
        this.stream = ImageIO.createImageOutputStream(partial.toFile());
        this.delayCentiseconds = Math.max(1, Math.round(delayMs / 10f));
        writer.setOutput(stream);
        writer.prepareWriteSequence(null);
    }

    /** Appends a frame. */
    public void add(BufferedImage image) throws IOException {
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(FORMAT);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delayCentiseconds));
        control.setAttribute("transparentColorIndex", "0");
        if (frames == 0) {
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0}); // sub-block 1, loop count 0: forever
            child(root, "ApplicationExtensions").appendChild(loop);
        }
        metadata.setFromTree(FORMAT, root);
        writer.writeToSequence(new IIOImage(image, null, metadata), param);
        frames++;
    }

    /** How many frames were added. */
    public int frames() {
        return frames;
    }

    /** Finishes the file and moves it into place. */
    @Override
    public void close() throws IOException {
        try {
            writer.endWriteSequence();
            stream.close();
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            writer.dispose();
            Files.deleteIfExists(partial);
        }
    }

    /** The child of {@code root} with this name, made when missing. */
    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }
}
