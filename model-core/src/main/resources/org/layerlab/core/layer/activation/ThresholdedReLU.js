// Keras 2's ThresholdedReLU: x where x > theta, else 0.
class ThresholdedReLU extends tf.layers.Layer {
  static className = 'ThresholdedReLU';

  constructor(config) {
    super(config);
    this.theta = config.theta ?? 1;
    this.supportsMasking = true;
  }

  computeOutputShape(inputShape) {
    return inputShape;
  }

  call(inputs) {
    return tf.tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0] : inputs;
      return tf.where(tf.greater(x, this.theta), x, tf.zerosLike(x));
    });
  }

  getConfig() {
    return { ...super.getConfig(), theta: this.theta };
  }
}
