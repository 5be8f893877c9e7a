package org.rhetorica.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Option values a user can get wrong are usage errors of one line, never a stack trace. */
class OptionsTest {
    @TempDir
    Path folder;

    private record Run(int exit, String err) {}

    private static Run run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine command = Main.commandLine();
        command.setErr(new PrintWriter(err, true));
        command.getSubcommands().values().forEach(sub -> sub.setErr(new PrintWriter(err, true)));
        return new Run(command.execute(args), err.toString());
    }

    @Test
    void threadsMustBeOneOrMore() {
        Run zero = run("analyze", "-", "--format", "jsonl", "--threads", "0");
        assertEquals(2, zero.exit());
        assertTrue(zero.err().startsWith("error: --threads must be 1 or more, not 0"), zero.err());
        Run negative = run("analyze", "-", "--format", "jsonl", "--threads", "-1");
        assertEquals(2, negative.exit());
        assertTrue(negative.err().startsWith("error: --threads must be 1 or more, not -1"), negative.err());
    }

    @Test
    void fileSizesTakeUnitsAndAnyLimitUpToTheLargestLong() throws Exception {
        PipelineOptions options = new PipelineOptions();
        options.spec = Main.commandLine().getSubcommands().get("analyze").getCommandSpec();
        options.maxFileSize("64MB");
        assertEquals(64L * 1024 * 1024, options.ingestOptions().maxFileBytes());
        options.maxFileSize("2147483647");
        assertEquals(2147483647L, options.ingestOptions().maxFileBytes());
        Run words = run("analyze", "-", "--format", "jsonl", "--max-file-size", "lots");
        assertEquals(2, words.exit());
        assertTrue(words.err().startsWith("error: --max-file-size: 'lots' is not a size; write it like 64MB"), words.err());
    }

    @Test
    void theLargestIntegerAsAFileSizeReadsFilesAsUsual() throws Exception {
        Path input = Files.writeString(folder.resolve("pier.txt"), "The pier reopens on Monday.", StandardCharsets.UTF_8);
        Run run = run("analyze", input.toString(), "--out", folder.resolve("out").toString(), "--threads", "1",
                "--max-file-size", "2147483647", "--skip", "techniques,quotes,claims,entities,encoding");
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.exists(folder.resolve("out/pier.json")));
    }
}
