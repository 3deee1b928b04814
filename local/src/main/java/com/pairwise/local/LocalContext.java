package com.pairwise.local;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The Lambda context of one local invocation: request id, names, a deadline, and a logger to stdout. */
public final class LocalContext implements Context {
    /** The functions' configured timeout in the cloud is shorter; locally a debugger may pause a request. */
    public static final Duration TIMEOUT = Duration.ofSeconds(30);
    public static final int MEMORY_MB = 1024;

    private final String requestId;
    private final String functionName;
    private final long deadlineNanos;
    private final LambdaLogger logger;

    public LocalContext(String requestId, String functionName, PrintStream out) {
        this.requestId = requestId;
        this.functionName = functionName;
        this.deadlineNanos = System.nanoTime() + TIMEOUT.toNanos();
        this.logger = new LambdaLogger() {
            @Override
            public void log(String message) {
                out.print(message);
                out.flush();
            }

            @Override
            public void log(byte[] message) {
                log(new String(message, StandardCharsets.UTF_8));
            }
        };
    }

    @Override
    public String getAwsRequestId() {
        return requestId;
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/pairwise-local-" + functionName;
    }

    @Override
    public String getLogStreamName() {
        return "local";
    }

    @Override
    public String getFunctionName() {
        return "pairwise-local-" + functionName;
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return "arn:aws:lambda:" + LocalEventBus.REGION + ":" + HttpApiEvents.ACCOUNT_ID + ":function:" + getFunctionName();
    }

    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public ClientContext getClientContext() {
        return null;
    }

    @Override
    public int getRemainingTimeInMillis() {
        return (int) Math.max(0, (deadlineNanos - System.nanoTime()) / 1_000_000);
    }

    @Override
    public int getMemoryLimitInMB() {
        return MEMORY_MB;
    }

    @Override
    public LambdaLogger getLogger() {
        return logger;
    }
}
