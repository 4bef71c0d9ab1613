class SoftGate(keras.layers.Layer):
    """x * sigmoid(temperature * gate) + shift per feature: a learned gate and a frozen shift."""

    def __init__(self, temperature=1.0, **kwargs):
        super().__init__(**kwargs)
        self.temperature = temperature

    def build(self, input_shape):
        features = input_shape[-1]
        self.gate = self.add_weight(name="gate", shape=(features,), initializer="zeros")
        self.shift = self.add_weight(name="shift", shape=(features,), initializer="zeros", trainable=False)

    def call(self, inputs):
        return inputs * keras.ops.sigmoid(self.temperature * self.gate) + self.shift

    def compute_output_shape(self, input_shape):
        return input_shape

    def get_config(self):
        config = super().get_config()
        config.update({"temperature": self.temperature})
        return config
