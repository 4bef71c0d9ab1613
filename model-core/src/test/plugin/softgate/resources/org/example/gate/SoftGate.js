// x * sigmoid(temperature * gate) + shift per feature: a learned gate and a frozen shift.
class SoftGate extends tf.layers.Layer {
  static className = 'SoftGate';

  constructor(config) {
    super(config);
    this.temperature = config.temperature ?? 1.0;
  }

  build(inputShape) {
    const features = inputShape[inputShape.length - 1];
    this.gate = this.addWeight('gate', [features], 'float32', tf.initializers.zeros());
    this.shift = this.addWeight('shift', [features], 'float32', tf.initializers.zeros(), undefined, false);
    this.built = true;
  }

  computeOutputShape(inputShape) {
    return inputShape;
  }

  call(inputs) {
    return tf.tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0] : inputs;
      return x.mul(tf.sigmoid(this.gate.read().mul(this.temperature))).add(this.shift.read());
    });
  }

  getConfig() {
    return { ...super.getConfig(), temperature: this.temperature };
  }
}
