package com.pairwise.infra;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import software.amazon.awscdk.StackProps;

/**
 * Inputs of {@link PairwiseStack}.
 *
 * @param stackProps  account/region, description, tags...
 * @param config      context settings
 * @param codeLocator where each function's jar is (tests pass a dummy jar)
 * @param routes      the API routes, normally {@link OpenApiRoutes#load(Path)} of docs/openapi.yaml
 * @param functions   the functions to deploy, normally {@link PairwiseFunctions#ALL}
 */
public record PairwiseStackProps(StackProps stackProps, PairwiseConfig config, FunctionCodeLocator codeLocator,
                                 List<ApiRoute> routes, List<FunctionDefinition> functions) {

    public PairwiseStackProps {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(codeLocator, "codeLocator");
        routes = List.copyOf(Objects.requireNonNull(routes, "routes"));
        functions = List.copyOf(functions == null ? PairwiseFunctions.ALL : functions);
        stackProps = stackProps == null ? StackProps.builder().build() : stackProps;
    }

    /** The standard inputs for a repository checkout: jars under functions/, routes from docs/openapi.yaml. */
    public static PairwiseStackProps forRepository(Path repoRoot, PairwiseConfig config, StackProps stackProps) {
        return new PairwiseStackProps(stackProps, config, FunctionCodeLocator.repository(repoRoot),
                OpenApiRoutes.load(repoRoot.resolve(RepoPaths.OPENAPI)), PairwiseFunctions.ALL);
    }
}
