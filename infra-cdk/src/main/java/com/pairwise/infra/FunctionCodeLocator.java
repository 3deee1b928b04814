package com.pairwise.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import software.amazon.awscdk.services.lambda.Code;

/** Tells the stack where the deployment package of each function is. */
@FunctionalInterface
public interface FunctionCodeLocator {

    /** The jar (or directory) holding the code of the named function. */
    Path pathFor(String functionName);

    /** The Lambda code asset of the named function; fails clearly when the jar has not been built. */
    default Code codeFor(String functionName) {
        Path path = pathFor(functionName);
        if (!Files.exists(path)) {
            throw new IllegalStateException("Code of function '" + functionName + "' not found at " + path
                    + ". Build it first, e.g. `mvn -pl functions/" + functionName + " -am package` in the repository root.");
        }
        return Code.fromAsset(path.toAbsolutePath().toString());
    }

    /** The repository layout: {@code <repoRoot>/functions/<name>/target/pairwise-<name>.jar}. */
    static FunctionCodeLocator repository(Path repoRoot) {
        return name -> repoRoot.resolve("functions").resolve(name).resolve("target").resolve("pairwise-" + name + ".jar");
    }

    /** Explicit map function name to path (tests). */
    static FunctionCodeLocator of(Map<String, Path> paths) {
        Map<String, Path> copy = Map.copyOf(paths);
        return name -> {
            Path p = copy.get(name);
            if (p == null) {
                throw new IllegalArgumentException("No code path given for function '" + name + "'");
            }
            return p;
        };
    }

    /** The same path for every function (tests with one dummy jar). */
    static FunctionCodeLocator always(Path path) {
        return name -> path;
    }
}
