// Keras's ELU with any alpha (TF.js's own ELU refuses an alpha other than 1): x above 0, alpha * (exp(x) - 1) below.
class ELU extends tf.layers.Layer {
  static className = 'ELU';

  constructor(config) {
    super(config);
    this.alpha = config.alpha ?? 1;
    this.supportsMasking = true;
  }

  computeOutputShape(inputShape) {
    return inputShape;
  }

  call(inputs) {
    return tf.tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0] : inputs;
      return tf.where(tf.greater(x, 0), x, tf.mul(tf.expm1(tf.minimum(x, 0)), this.alpha));
    });
  }

  getConfig() {
    return { ...super.getConfig(), alpha: this.alpha };
  }
}
