// Keras's ActivityRegularization: the identity, adding l1 * sum(|x|) + l2 * sum(x^2) to the loss in training.
// TF.js 4 refuses to invoke a layer that has an activity regularizer, so here it is the identity with its
// settings kept: what prediction needs; training in TF.js does not add the penalty.
class ActivityRegularization extends tf.layers.Layer {
  static className = 'ActivityRegularization';

  constructor(config) {
    super(config);
    this.l1 = config.l1 ?? 0;
    this.l2 = config.l2 ?? 0;
    this.supportsMasking = true;
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
