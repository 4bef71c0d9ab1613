class ThresholdedReLU(keras.layers.Layer):
    """Keras 2's ThresholdedReLU, which Keras 3 dropped: x where x > theta, else 0."""

    def __init__(self, theta=1.0, **kwargs):
        super().__init__(**kwargs)
        self.theta = float(theta)
        self.supports_masking = True

    def call(self, inputs):
        return keras.ops.where(keras.ops.greater(inputs, self.theta), inputs, keras.ops.zeros_like(inputs))

    def compute_output_shape(self, input_shape):
        return input_shape

    def get_config(self):
        config = super().get_config()
        config.update({"theta": self.theta})
        return config
