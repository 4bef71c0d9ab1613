// Loads models exported by LayerLab in real TensorFlow.js and prints what the Java tests compare:
// parameter count, output shapes, weight names (all, trainable) and predictions on the given inputs.
//   node load-model.mjs keras MODEL.json WEIGHTS.json INPUTS.json   (tf.models.modelFromJSON + setWeights)
//   node load-model.mjs tfjs  DIR/model.json INPUTS.json             (tf.loadLayersModel with the .bin shards)
//   node load-model.mjs jobs  JOBS.json                              (many of the above in one process)
// WEIGHTS.json maps TF.js weight names ("dense/kernel") to {shape, values}; INPUTS.json is a list of rows.
// JOBS.json is a list of {id, mode, model, weights?, inputs}. Each model prints one line
// `LAYERLAB_RESULT {...}`; a model that fails to load or run reports {id, error} and the others still run.
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

async function load(job) {
  if (job.mode === 'keras') {
    const model = await tf.models.modelFromJSON(readJson(job.model));
    const given = readJson(job.weights);
    // setWeights takes model.weights' order (trainable before frozen), so the file's weights go by name.
    model.setWeights(model.weights.map((w) => {
      const v = given[w.originalName];
      if (v === undefined) {
        throw new Error(`the weights file has no ${w.originalName}`);
      }
      return tf.tensor(v.values, v.shape, 'float32');
    }));
    return model;
  }
  if (job.mode === 'tfjs') {
    return tf.loadLayersModel(fileHandler(job.model));
  }
  throw new Error(`unknown mode ${job.mode}`);
}

async function run(job) {
  const model = await load(job);
  const outputs = [].concat(model.predict(tf.tensor(readJson(job.inputs), undefined, 'float32')));
  const shapes = Array.isArray(model.outputShape[0]) ? model.outputShape : [model.outputShape];
  return {
    id: job.id,
    countParams: model.countParams(),
    outputShapes: shapes,
    weightNames: model.weights.map((w) => w.originalName),
    trainableWeightNames: model.trainableWeights.map((w) => w.originalName),
    predictions: await Promise.all(outputs.map((t) => t.array())),
  };
}

function report(result) {
  process.stdout.write('LAYERLAB_RESULT ' + JSON.stringify(result) + '\n');
}

async function main() {
  const [mode, ...args] = process.argv.slice(2);
  if (mode === 'jobs') {
    for (const job of readJson(args[0])) {
      report(await run(job).catch((e) => ({ id: job.id, error: String(e.message ?? e) })));
    }
  } else if (mode === 'keras') {
    report(await run({ id: 'model', mode, model: args[0], weights: args[1], inputs: args[2] }));
  } else {
    report(await run({ id: 'model', mode, model: args[0], inputs: args[1] }));
  }
}

main().catch((e) => {
  process.stderr.write(`${e.message}\n`);
  process.exit(1);
});
