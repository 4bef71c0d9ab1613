// Loads a model exported by LayerLab in real TensorFlow.js and prints what the Java test compares:
// parameter count, output shape and predictions on the given inputs.
//   node load-model.mjs keras MODEL.json WEIGHTS.json INPUTS.json   (tf.models.modelFromJSON + setWeights)
//   node load-model.mjs tfjs  DIR/model.json INPUTS.json             (tf.loadLayersModel with the .bin shards)
import * as tf from '@tensorflow/tfjs';
import { readFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';

// The same math as LayerLab's Scale: gamma * x + beta along `axis`.
class Scale extends tf.layers.Layer {
  static className = 'Scale';

  constructor(config) {
    super(config);
    this.axis = config.axis ?? -1;
    this.momentum = config.momentum ?? 0.9;
  }

  build(inputShape) {
    const rank = inputShape.length;
    this.realAxis = this.axis < 0 ? this.axis + rank : this.axis;
    const dim = inputShape[this.realAxis];
    this.gamma = this.addWeight('gamma', [dim], 'float32', tf.initializers.ones());
    this.beta = this.addWeight('beta', [dim], 'float32', tf.initializers.zeros());
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
tf.serialization.registerClass(Scale);

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

function fileHandler(modelPath) {
  return {
    load: async () => {
      const artifacts = readJson(modelPath);
      const specs = [];
      const buffers = [];
      for (const group of artifacts.weightsManifest ?? []) {
        specs.push(...group.weights);
        for (const p of group.paths) {
          const bytes = readFileSync(join(dirname(modelPath), basename(p)));
          buffers.push(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
        }
      }
      const total = buffers.reduce((n, b) => n + b.byteLength, 0);
      const weightData = new Uint8Array(total);
      let offset = 0;
      for (const b of buffers) {
        weightData.set(new Uint8Array(b), offset);
        offset += b.byteLength;
      }
      return { modelTopology: artifacts.modelTopology, weightSpecs: specs, weightData: weightData.buffer };
    },
  };
}

async function main() {
  const [mode, modelPath, ...rest] = process.argv.slice(2);
  let model;
  let inputsPath;
  if (mode === 'keras') {
    const [weightsPath, inp] = rest;
    inputsPath = inp;
    model = await tf.models.modelFromJSON(readJson(modelPath));
    const weights = readJson(weightsPath);
    model.setWeights(weights.map((w) => tf.tensor(w.values, w.shape, 'float32')));
  } else if (mode === 'tfjs') {
    [inputsPath] = rest;
    model = await tf.loadLayersModel(fileHandler(modelPath));
  } else {
    throw new Error(`unknown mode ${mode}`);
  }
  const inputs = readJson(inputsPath);
  const output = model.predict(tf.tensor(inputs, undefined, 'float32'));
  const outputShape = Array.isArray(model.outputShape[0]) || model.outputShape.length === 0
    ? model.outputShape[0] : model.outputShape;
  process.stdout.write('LAYERLAB_RESULT ' + JSON.stringify({
    countParams: model.countParams(),
    outputShape,
    weightNames: model.weights.map((w) => w.originalName ?? w.name),
    predictions: await output.array(),
  }) + '\n');
}

main().catch((e) => {
  process.stderr.write(`${e.message}\n`);
  process.exit(1);
});
