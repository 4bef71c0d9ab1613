package org.layerlab.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Weight values as the bytes TF.js shards and a project's {@code weights.bin} hold: float32, little-endian. */
final class Float32Bytes {
    private static final int CHUNK = 1 << 16;

    private Float32Bytes() {
    }

    /** Writes every value of {@code weights}, in order, one after the other. */
    static void write(Iterable<WeightArray> weights, OutputStream out) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK).order(ByteOrder.LITTLE_ENDIAN);
        for (WeightArray w : weights) {
            for (int i = 0; i < w.size(); i++) {
                if (buffer.remaining() < Float.BYTES) {
                    out.write(buffer.array(), 0, buffer.position());
                    buffer.clear();
                }
                buffer.putFloat(w.value(i));
            }
        }
        out.write(buffer.array(), 0, buffer.position());
    }
}
