package org.rhetorica.models;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.StringStringEntryProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import com.google.protobuf.ByteString;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * Writes a trained head as an ONNX graph, so that heads trained with any library run in ONNX Runtime
 * beside the encoder. A thin builder over the ONNX protobuf: inputs, weights, nodes, one output,
 * and the model's {@link Provenance} in the file's metadata. Not thread-safe; one per export.
 */
public final class HeadGraph {
    private static final int OPSET = 17;
    private static final int IR_VERSION = 8;

    private final String name;
    private final GraphProto.Builder graph = GraphProto.newBuilder();
    private final java.util.Set<String> names = new java.util.HashSet<>();
    private int counter;

    public HeadGraph(String name) {
        this.name = name;
        graph.setName(name);
    }

    /** A float input; a negative dimension is left free (named {@code d0}, {@code d1}, ...). */
    public String input(String inputName, long... dims) {
        graph.addInput(valueInfo(inputName, dims));
        return inputName;
    }

    /** Float weights, row-major; the name is made unique in the graph and returned. */
    public String weights(String requestedName, float[] values, long... dims) {
        String weightName = unique(requestedName);
        long size = 1;
        for (long dim : dims) {
            size *= dim;
        }
        if (size != values.length) {
            throw new IllegalArgumentException(weightName + " has " + values.length + " values for shape of " + size);
        }
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(values);
        TensorProto.Builder tensor = TensorProto.newBuilder().setName(weightName)
                .setDataType(TensorProto.DataType.FLOAT.getNumber()).setRawData(ByteString.copyFrom(bytes.array()));
        for (long dim : dims) {
            tensor.addDims(dim);
        }
        graph.addInitializer(tensor);
        return weightName;
    }

    /** 64-bit integer constants (shapes, axes); the name is made unique and returned. */
    public String longs(String requestedName, long... values) {
        String constantName = unique(requestedName);
        TensorProto.Builder tensor = TensorProto.newBuilder().setName(constantName)
                .setDataType(TensorProto.DataType.INT64.getNumber()).addDims(values.length);
        for (long value : values) {
            tensor.addInt64Data(value);
        }
        graph.addInitializer(tensor);
        return constantName;
    }

    private String unique(String requested) {
        String name = requested;
        while (!names.add(name)) {
            name = requested + "_" + (counter++);
        }
        return name;
    }

    /** A node with one output; returns the output's name. */
    public String node(String op, List<String> inputs, AttributeProto... attributes) {
        String output = op.toLowerCase(java.util.Locale.ROOT) + "_" + (counter++);
        NodeProto.Builder node = NodeProto.newBuilder().setOpType(op).setName(output).addAllInput(inputs).addOutput(output);
        for (AttributeProto attribute : attributes) {
            node.addAttribute(attribute);
        }
        graph.addNode(node);
        return output;
    }

    /** {@code x·Wᵀ + b} for x of any rank whose last dimension is {@code in}; W is {@code [out][in]} row-major. */
    public String dense(String x, float[] weight, float[] bias, int out, int in) {
        float[] transposed = new float[in * out];
        for (int o = 0; o < out; o++) {
            for (int i = 0; i < in; i++) {
                transposed[i * out + o] = weight[o * in + i];
            }
        }
        String product = node("MatMul", List.of(x, weights(x + "_w" + counter, transposed, in, out)));
        return node("Add", List.of(product, weights(x + "_b" + counter, bias, out)));
    }

    public static AttributeProto attribute(String attributeName, long value) {
        return AttributeProto.newBuilder().setName(attributeName).setType(AttributeProto.AttributeType.INT).setI(value).build();
    }

    public static AttributeProto attribute(String attributeName, float value) {
        return AttributeProto.newBuilder().setName(attributeName).setType(AttributeProto.AttributeType.FLOAT).setF(value).build();
    }

    public static AttributeProto attribute(String attributeName, String value) {
        return AttributeProto.newBuilder().setName(attributeName).setType(AttributeProto.AttributeType.STRING)
                .setS(ByteString.copyFromUtf8(value)).build();
    }

    public static AttributeProto attribute(String attributeName, long[] values) {
        AttributeProto.Builder attribute = AttributeProto.newBuilder().setName(attributeName).setType(AttributeProto.AttributeType.INTS);
        for (long value : values) {
            attribute.addInts(value);
        }
        return attribute.build();
    }

    /** The ONNX file: {@code tensor} is exposed as the graph's output {@code "output"}. */
    public byte[] build(String tensor, Provenance provenance, long... outputDims) {
        graph.addNode(NodeProto.newBuilder().setOpType("Identity").setName("output").addInput(tensor).addOutput("output"));
        graph.addOutput(valueInfo("output", outputDims));
        return ModelProto.newBuilder()
                .setIrVersion(IR_VERSION)
                .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(OPSET))
                .setProducerName("rhetorica")
                .setDocString(name)
                .setGraph(graph)
                .addMetadataProps(StringStringEntryProto.newBuilder().setKey(Head.PROVENANCE_KEY).setValue(provenance.toJson()))
                .build()
                .toByteArray();
    }

    private static ValueInfoProto valueInfo(String valueName, long... dims) {
        TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
        for (int i = 0; i < dims.length; i++) {
            shape.addDim(dims[i] < 0
                    ? TensorShapeProto.Dimension.newBuilder().setDimParam("d" + i)
                    : TensorShapeProto.Dimension.newBuilder().setDimValue(dims[i]));
        }
        return ValueInfoProto.newBuilder().setName(valueName).setType(TypeProto.newBuilder().setTensorType(
                TypeProto.Tensor.newBuilder().setElemType(TensorProto.DataType.FLOAT.getNumber()).setShape(shape))).build();
    }
}
