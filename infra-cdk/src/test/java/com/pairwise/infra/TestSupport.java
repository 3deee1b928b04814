package com.pairwise.infra;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;

/** Shared helpers: a tiny dummy jar for every function and the OpenAPI fixture. */
final class TestSupport {
    private TestSupport() {
    }

    /** Routes of the fixture: 6 served by signup (2 public) plus 1 for the not yet deployed surveys function. */
    static final String FIXTURE = "openapi-fixture.yaml";

    private static Path dummyJar;

    static synchronized Path dummyJar() {
        if (dummyJar == null) {
            try {
                Path dir = Files.createTempDirectory("pairwise-infra-test");
                Path jar = dir.resolve("dummy-function.jar");
                try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
                    zip.putNextEntry(new ZipEntry("README.txt"));
                    zip.write("dummy code for infra tests".getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
                jar.toFile().deleteOnExit();
                dir.toFile().deleteOnExit();
                dummyJar = jar;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dummyJar;
    }

    static Path fixturePath() {
        try {
            return Path.of(TestSupport.class.getClassLoader().getResource(FIXTURE).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<ApiRoute> fixtureRoutes() {
        return OpenApiRoutes.load(fixturePath());
    }

    static PairwiseStack stack(App app, PairwiseConfig config) {
        return stack(app, config, fixtureRoutes(), PairwiseFunctions.ALL);
    }

    static PairwiseStack stack(App app, PairwiseConfig config, List<ApiRoute> routes, List<FunctionDefinition> functions) {
        StackProps stackProps = StackProps.builder()
                .env(Environment.builder().account("123456789012").region("eu-west-1").build())
                .build();
        return new PairwiseStack(app, "TestStack", new PairwiseStackProps(stackProps, config,
                FunctionCodeLocator.always(dummyJar()), routes, functions));
    }
}
