// Keras's ActivityRegularization: the identity, adding l1 * sum(|x|) + l2 * sum(x^2) to the loss in training.
class ActivityRegularization extends tf.layers.Layer {
  static className = 'ActivityRegularization';

  constructor(config) {
    super(config);
    this.l1 = config.l1 ?? 0;
    this.l2 = config.l2 ?? 0;
    this.supportsMasking = true;
    this.activityRegularizer = tf.regularizers.l1l2({ l1: this.l1, l2: this.l2 });
  }

  computeOutputShape(inputShape) {
    return inputShape;
  }

  call(inputs) {
    return Array.isArray(inputs) ? inputs[0] : inputs;
  }

  getConfig() {
    return { ...super.getConfig(), l1: this.l1, l2: this.l2 };
  }
}
