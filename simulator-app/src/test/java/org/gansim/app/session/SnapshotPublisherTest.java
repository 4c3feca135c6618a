package org.gansim.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;

class SnapshotPublisherTest {

    @Test
    void manyPublishesWhileTheReceiverIsBusyBecomeOneDeliveryOfTheNewest() {
        Queue<Runnable> edt = new ArrayDeque<>();
        List<String> received = new ArrayList<>();
        SnapshotPublisher<String> publisher = new SnapshotPublisher<>(edt::add, received::add);

        publisher.publish("a", 0);
        publisher.publish("b", 1);
        publisher.publish("c", 2);
        assertEquals(1, edt.size(), "one delivery waits, however many values were published");
        assertFalse(publisher.frameDue(SnapshotPublisher.FRAME_NANOS * 10), "no frame while one waits");

        edt.remove().run();
        assertEquals(List.of("c"), received);
        publisher.publish("d", 3);
        assertEquals(1, edt.size());
        edt.remove().run();
        assertEquals(List.of("c", "d"), received);
    }

    @Test
    void framesAreAtMostAboutSixtyPerSecond() {
        SnapshotPublisher<String> publisher = new SnapshotPublisher<>(Runnable::run, s -> { });
        long t = 1_000_000_000L;
        assertTrue(publisher.frameDue(t));
        publisher.publish("a", t);
        assertFalse(publisher.frameDue(t + SnapshotPublisher.FRAME_NANOS / 2));
        assertTrue(publisher.frameDue(t + SnapshotPublisher.FRAME_NANOS));
        assertEquals("a", publisher.latest());
    }
}
