package org.rhetorica.models;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import com.google.protobuf.InvalidProtocolBufferException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a BERT-style ONNX graph after its n-th transformer layer. The lower layers of a sentence
 * encoder keep more about each token and cost a fraction of the full graph, which is what lets the
 * whole pipeline run at the speed the project needs.
 */
final class EncoderGraph {
    private static final Pattern LAYER_NODE = Pattern.compile("/encoder/layer\\.(\\d+)/");

    private EncoderGraph() {}

    /** Name of the tensor a Hugging Face BERT export gives the output of layer {@code index} (from 0). */
    static String layerOutput(int index) {
        return "/encoder/layer." + index + "/output/LayerNorm/Add_1_output_0";
    }

    /** Transformer layers in the graph, counted from the node names ("/encoder/layer.5/..."). */
    static int countLayers(ModelProto model) {
        int layers = 0;
        for (NodeProto node : model.getGraph().getNodeList()) {
            Matcher matcher = LAYER_NODE.matcher(node.getName());
            if (matcher.lookingAt()) {
                layers = Math.max(layers, Integer.parseInt(matcher.group(1)) + 1);
            }
        }
        return layers;
    }

    /** The graph with only what the output of layer {@code layers - 1} needs, that tensor its only output. */
    static byte[] truncate(byte[] onnx, int layers) {
        ModelProto model;
        try {
            model = ModelProto.parseFrom(onnx);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("encoder graph is not a valid ONNX model", e);
        }
        int available = countLayers(model);
        if (layers > available) {
            throw new IllegalArgumentException("encoder has " + available + " layers; cannot keep " + layers);
        }
        if (layers == available) {
            return onnx;
        }
        GraphProto graph = model.getGraph();
        String output = layerOutput(layers - 1);
        Set<String> needed = new HashSet<>(List.of(output));
        List<NodeProto> kept = new ArrayList<>();
        List<NodeProto> nodes = graph.getNodeList();
        for (int i = nodes.size() - 1; i >= 0; i--) {
            NodeProto node = nodes.get(i);
            if (node.getOutputList().stream().anyMatch(needed::contains)) {
                kept.add(node);
                needed.addAll(node.getInputList());
            }
        }
        Collections.reverse(kept);
        GraphProto.Builder cut = graph.toBuilder().clearNode().addAllNode(kept)
                .clearInitializer().clearInput().clearOutput().clearValueInfo();
        for (TensorProto initializer : graph.getInitializerList()) {
            if (needed.contains(initializer.getName())) {
                cut.addInitializer(initializer);
            }
        }
        for (ValueInfoProto input : graph.getInputList()) {
            if (needed.contains(input.getName())) {
                cut.addInput(input);
            }
        }
        cut.addOutput(graph.getOutput(0).toBuilder().setName(output));
        return model.toBuilder().setGraph(cut).build().toByteArray();
    }
}
