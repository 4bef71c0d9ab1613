// DenseNet's Scale layer: gamma * x + beta, gamma and beta of shape [inputShape[axis]].
class Scale extends tf.layers.Layer {
  static className = 'Scale';

  constructor(config) {
    super(config);
    this.axis = config.axis ?? -1;
    this.momentum = config.momentum ?? 0.9;
    this.gammaInitializer = config.gammaInitializer ?? { className: 'Ones', config: {} };
    this.betaInitializer = config.betaInitializer ?? { className: 'Zeros', config: {} };
  }

  // {className: 'RandomNormal', config: {...}} to tf.initializers.randomNormal({...}).
  static initializer(spec) {
    const name = spec.className.charAt(0).toLowerCase() + spec.className.slice(1);
    return tf.initializers[name](spec.config ?? {});
  }

  build(inputShape) {
    const rank = inputShape.length;
    this.realAxis = this.axis < 0 ? this.axis + rank : this.axis;
    const dim = inputShape[this.realAxis];
    this.gamma = this.addWeight('gamma', [dim], 'float32', Scale.initializer(this.gammaInitializer));
    this.beta = this.addWeight('beta', [dim], 'float32', Scale.initializer(this.betaInitializer));
    this.broadcastShape = inputShape.map((d, i) => (i === this.realAxis ? dim : 1));
    this.built = true;
  }

  computeOutputShape(inputShape) {
    return inputShape;
  }

  call(inputs) {
    return tf.tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0] : inputs;
      const g = this.gamma.read().reshape(this.broadcastShape);
      const b = this.beta.read().reshape(this.broadcastShape);
      return x.mul(g).add(b);
    });
  }

  getConfig() {
    return { ...super.getConfig(), axis: this.axis, momentum: this.momentum };
  }
}
