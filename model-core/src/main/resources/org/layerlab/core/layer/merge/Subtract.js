// Keras's Subtract: inputs[0] - inputs[1]; an input of lower rank gains axes of size 1 after its batch axis.
class Subtract extends tf.layers.Layer {
  static className = 'Subtract';

  computeOutputShape(inputShape) {
    const [a, b] = inputShape;
    const longer = a.length >= b.length ? a : b;
    const shorter = longer === a ? b : a;
    const offset = longer.length - shorter.length;
    return longer.map((d, k) => {
      if (k === 0) {
        return d ?? shorter[0];
      }
      const e = k >= offset + 1 ? shorter[k - offset] : 1;
      return d == null || e == null ? null : d === 1 ? e : d;
    });
  }

  call(inputs) {
    return tf.tidy(() => {
      const [a, b] = inputs.map((x) => (Array.isArray(x) ? x[0] : x));
      const rank = Math.max(a.rank, b.rank);
      const aligned = [a, b].map((x) => {
        if (x.rank === rank) {
          return x;
        }
        const shape = [x.shape[0], ...new Array(rank - x.rank).fill(1), ...x.shape.slice(1)];
        return x.reshape(shape);
      });
      return tf.sub(aligned[0], aligned[1]);
    });
  }
}
