package com.pairwise.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.cxapi.SynthesisMessage;

/** cdk-nag AwsSolutions checks: every finding is fixed or suppressed with a reason in PairwiseStack. */
class CdkNagTest {

    static Annotations annotations;
    static List<String> report;

    @BeforeAll
    static void synth() throws IOException {
        Path outdir = Files.createTempDirectory("pairwise-nag");
        App app = App.Builder.create().outdir(outdir.toString()).build();
        PairwiseStack stack = TestSupport.stack(app, PairwiseConfig.defaults().withAlarmEmail("ops@example.org"));
        Aspects.of(stack).add(AwsSolutionsChecks.Builder.create().verbose(true).reports(true).build());
        annotations = Annotations.fromStack(stack);
        try (Stream<Path> files = Files.list(outdir)) {
            Path csv = files.filter(p -> p.getFileName().toString().startsWith("AwsSolutions-")
                            && p.getFileName().toString().endsWith(".csv"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no cdk-nag report in " + outdir));
            report = Files.readAllLines(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void noUnsuppressedErrors() {
        List<SynthesisMessage> errors = annotations.findError("*", Match.stringLikeRegexp("AwsSolutions-.*"));
        assertTrue(errors.isEmpty(), () -> describe(errors));
    }

    @Test
    void noUnsuppressedWarnings() {
        List<SynthesisMessage> warnings = annotations.findWarning("*", Match.stringLikeRegexp("AwsSolutions-.*"));
        assertTrue(warnings.isEmpty(), () -> describe(warnings));
    }

    /** Guards against a vacuous pass: the checks ran, and only the documented suppressions were used. */
    @Test
    void checksRanAndOnlyDocumentedRulesAreSuppressed() {
        assertTrue(report.stream().anyMatch(l -> l.contains("Compliant")), "report has no compliant rows");
        assertEquals(0, report.stream().filter(l -> l.contains("Non-Compliant")).count(),
                () -> String.join("\n", report));
        List<String> suppressedRules = report.stream()
                .filter(l -> l.contains("\"Suppressed\""))
                .map(l -> l.substring(1, l.indexOf('"', 1)))
                .distinct().sorted().toList();
        assertEquals(List.of("AwsSolutions-APIG4", "AwsSolutions-COG2", "AwsSolutions-IAM5", "AwsSolutions-L1", "AwsSolutions-SMG4", "AwsSolutions-SQS3"),
                suppressedRules, () -> String.join("\n", report));
    }

    private static String describe(List<SynthesisMessage> messages) {
        StringBuilder sb = new StringBuilder(messages.size() + " finding(s):\n");
        for (SynthesisMessage m : messages) {
            sb.append(m.getId()).append(": ").append(m.getEntry().getData()).append('\n');
        }
        return sb.toString();
    }
}
