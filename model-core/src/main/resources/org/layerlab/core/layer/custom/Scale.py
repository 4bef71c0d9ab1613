class Scale(keras.layers.Layer):
    """DenseNet's Scale layer: gamma * x + beta, gamma and beta of shape (input_shape[axis],)."""

    def __init__(self, axis=-1, momentum=0.9, gamma_initializer="ones", beta_initializer="zeros", **kwargs):
        super().__init__(**kwargs)
        self.axis = axis
        self.momentum = momentum
        self.gamma_initializer = keras.initializers.get(gamma_initializer)
        self.beta_initializer = keras.initializers.get(beta_initializer)

    def build(self, input_shape):
        channels = input_shape[self.axis]
        self.gamma = self.add_weight(name="gamma", shape=(channels,), initializer=self.gamma_initializer)
        self.beta = self.add_weight(name="beta", shape=(channels,), initializer=self.beta_initializer)

    def call(self, inputs):
        shape = [1] * len(inputs.shape)
        shape[self.axis] = self.gamma.shape[0]
        return inputs * keras.ops.reshape(self.gamma, shape) + keras.ops.reshape(self.beta, shape)

    def compute_output_shape(self, input_shape):
        return input_shape

    def get_config(self):
        config = super().get_config()
        config.update({"momentum": self.momentum, "axis": self.axis})
        gamma = keras.initializers.serialize(self.gamma_initializer)
        beta = keras.initializers.serialize(self.beta_initializer)
        if gamma["class_name"] != "Ones":
            config["gamma_initializer"] = gamma
        if beta["class_name"] != "Zeros":
            config["beta_initializer"] = beta
        return config
