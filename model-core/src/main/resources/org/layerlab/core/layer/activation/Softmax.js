// Keras's Softmax along any axis (TF.js's softmax takes only the last): exp(x - max) / sum(exp(x - max)).
class Softmax extends tf.layers.Layer {
  static className = 'Softmax';

  constructor(config) {
    super(config);
    this.axis = config.axis ?? -1;
    this.supportsMasking = true;
  }

  computeOutputShape(inputShape) {
    return inputShape;
  }

  call(inputs) {
    return tf.tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0] : inputs;
      const e = tf.exp(tf.sub(x, tf.max(x, this.axis, true)));
      return tf.div(e, tf.sum(e, this.axis, true));
    });
  }

  getConfig() {
    return { ...super.getConfig(), axis: this.axis };
  }
}
