package com.pairwise.infra;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import java.nio.file.Path;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;

/**
 * CDK entry point (see cdk.json). Runs with working directory infra-cdk/; expects the function jars to be
 * built (functions/&lt;name&gt;/target/pairwise-&lt;name&gt;.jar) and docs/openapi.yaml to exist.
 *
 * <p>Context: stage, sesSenderIdentity, alarmEmail, corsOrigin, deletionProtection, throttleRateLimit,
 * throttleBurstLimit, publicThrottleRateLimit, publicThrottleBurstLimit, selfSignUp, authCallbackUrls, authLogoutUrls (see {@link PairwiseConfig}); repoRoot to
 * override the repository root; nag=true to run the cdk-nag AwsSolutions checks during synth.
 */
public final class PairwiseApp {
    private PairwiseApp() {
    }

    public static void main(String[] args) {
        App app = new App();
        PairwiseConfig config = PairwiseConfig.fromContext(app.getNode());
        Object rootCtx = app.getNode().tryGetContext("repoRoot");
        Path repoRoot = rootCtx != null ? Path.of(String.valueOf(rootCtx)) : RepoPaths.findRepoRoot();

        String account = System.getenv("CDK_DEFAULT_ACCOUNT");
        String region = System.getenv("CDK_DEFAULT_REGION");
        StackProps.Builder stackProps = StackProps.builder()
                .stackName("Pairwise-" + config.stage())
                .description("Pairwise mentoring backend (" + config.stage() + ")");
        if (account != null || region != null) {
            stackProps.env(Environment.builder().account(account).region(region).build());
        }

        new PairwiseStack(app, "Pairwise-" + config.stage(),
                PairwiseStackProps.forRepository(repoRoot, config, stackProps.build()));

        if (Boolean.parseBoolean(String.valueOf(app.getNode().tryGetContext("nag")))) {
            Aspects.of(app).add(AwsSolutionsChecks.Builder.create().verbose(true).build());
        }
        app.synth();
    }
}
