package com.pairwise.infra;

import java.util.Map;
import java.util.Objects;
import software.amazon.awscdk.Duration;

/**
 * What the stack needs to know about one Java Lambda function.
 *
 * @param name        short name; also the value of {@code x-pairwise-function} in docs/openapi.yaml and the
 *                    module directory {@code functions/<name>}
 * @param handler     Lambda handler, {@code package.Class::method}
 * @param memoryMb    memory size
 * @param timeout     timeout
 * @param environment extra environment variables (TABLE_NAME and JAVA_TOOL_OPTIONS are always set)
 */
public record FunctionDefinition(String name, String handler, int memoryMb, Duration timeout,
                                 Map<String, String> environment) {

    public FunctionDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(timeout, "timeout");
        if (!name.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("function name must be lower-case kebab: " + name);
        }
        environment = environment == null ? Map.of() : Map.copyOf(environment);
    }

    /** Default sizing used by all Pairwise functions: 1024 MB, 10 s. */
    public static FunctionDefinition of(String name, String handler) {
        return new FunctionDefinition(name, handler, 1024, Duration.seconds(10), Map.of());
    }

    /** PascalCase form of the name, for construct ids ("signup" -> "Signup"). */
    public String constructId() {
        StringBuilder sb = new StringBuilder();
        for (String part : name.split("-")) {
            sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return sb.toString();
    }
}
