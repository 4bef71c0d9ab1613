// Keras's ReLU with all its options (TF.js's own ReLU reads only maxValue): x from threshold up, capped at
// maxValue when given, negativeSlope * (x - threshold) below.
class ReLU extends tf.layers.Layer {
  static className = 'ReLU';

  constructor(config) {
    super(config);
    this.maxValue = config.maxValue ?? null;
    this.negativeSlope = config.negativeSlope ?? 0;
    this.threshold = config.threshold ?? 0;
    this.supportsMasking = true;
  }

  computeOutputShape(inputShape) {
    return inputShape;
  }

  call(inputs) {
    return tf.tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0] : inputs;
      const y = tf.where(tf.greaterEqual(x, this.threshold), x, tf.mul(tf.sub(x, this.threshold), this.negativeSlope));
      return this.maxValue == null ? y : tf.minimum(y, this.maxValue);
    });
  }

  getConfig() {
    return { ...super.getConfig(), max_value: this.maxValue, negative_slope: this.negativeSlope, threshold: this.threshold };
  }
}
