package org.rhetorica.claims;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.google.protobuf.ByteString;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.Map;

/**
 * The dot products of any number of vectors with every row of a fixed matrix (the vectors of a list
 * of known claims), computed by ONNX Runtime's matrix multiply, which is many times faster than a
 * loop in Java. Thread-safe; close it to free the native session.
 */
final class DotProducts implements AutoCloseable {
    /** Vectors multiplied per call, so that the result of one call stays a few megabytes. */
    private static final int BATCH = 64;

    private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final int rows;
    private final int dim;

    /** @param matrix the fixed rows, all of one length; at least one */
    DotProducts(float[][] matrix, int threads) {
        this.rows = matrix.length;
        this.dim = matrix[0].length;
        ByteBuffer transposed = ByteBuffer.allocate(rows * dim * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        FloatBuffer floats = transposed.asFloatBuffer();
        for (int d = 0; d < dim; d++) {
            for (float[] row : matrix) {
                floats.put(row[d]);
            }
        }
        GraphProto graph = GraphProto.newBuilder().setName("dot-products")
                .addInput(value("vectors", -1, dim))
                .addInitializer(TensorProto.newBuilder().setName("matrix").setDataType(TensorProto.DataType.FLOAT.getNumber())
                        .addDims(dim).addDims(rows).setRawData(ByteString.copyFrom(transposed.array())))
                .addNode(NodeProto.newBuilder().setOpType("MatMul").setName("dot").addInput("vectors").addInput("matrix")
                        .addOutput("products"))
                .addOutput(value("products", -1, rows))
                .build();
        byte[] model = ModelProto.newBuilder().setIrVersion(8)
                .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(17))
                .setProducerName("rhetorica").setGraph(graph).build().toByteArray();
        try {
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(threads);
            options.setInterOpNumThreads(1);
            this.session = environment.createSession(model, options);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot start a matrix multiply in ONNX Runtime", e);
        }
    }

    /** For each vector, its dot product with every row of the matrix. */
    float[][] of(float[][] vectors) {
        float[][] products = new float[vectors.length][];
        for (int from = 0; from < vectors.length; from += BATCH) {
            int count = Math.min(BATCH, vectors.length - from);
            float[] input = new float[count * dim];
            for (int i = 0; i < count; i++) {
                System.arraycopy(vectors[from + i], 0, input, i * dim, dim);
            }
            try (OnnxTensor tensor = OnnxTensor.createTensor(environment, FloatBuffer.wrap(input), new long[] {count, dim});
                    OrtSession.Result result = session.run(Map.of("vectors", tensor))) {
                FloatBuffer output = ((OnnxTensor) result.get(0)).getFloatBuffer();
                for (int i = 0; i < count; i++) {
                    products[from + i] = new float[rows];
                    output.get(products[from + i]);
                }
            } catch (OrtException e) {
                throw new IllegalStateException("matrix multiply failed", e);
            }
        }
        return products;
    }

    private static ValueInfoProto value(String name, long... dims) {
        TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
        for (int i = 0; i < dims.length; i++) {
            shape.addDim(dims[i] < 0 ? TensorShapeProto.Dimension.newBuilder().setDimParam("n")
                    : TensorShapeProto.Dimension.newBuilder().setDimValue(dims[i]));
        }
        return ValueInfoProto.newBuilder().setName(name).setType(TypeProto.newBuilder().setTensorType(
                TypeProto.Tensor.newBuilder().setElemType(TensorProto.DataType.FLOAT.getNumber()).setShape(shape))).build();
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("cannot close a matrix multiply session", e);
        }
    }
}
