package org.rhetorica.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Analysis runs without the training stack: no PyTorch engine, no libtorch on the command line's class path. */
class RuntimeClassPathTest {

    @Test
    void thePyTorchEngineCannotBeLoaded() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("ai.djl.pytorch.engine.PtEngine"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("ai.djl.pytorch.jni.PyTorchLibrary"));
    }

    @Test
    void noJarOfPyTorchOrLibtorchIsOnTheClassPath() {
        List<String> torch = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.toLowerCase(Locale.ROOT).matches(".*(pytorch|libtorch|torch-).*"))
                .toList();
        assertEquals(List.of(), torch);
    }

    @Test
    void trainingCommandsAreNotRegistered() {
        assertEquals(false, Main.commandLine().getSubcommands().containsKey("train"));
    }
}
