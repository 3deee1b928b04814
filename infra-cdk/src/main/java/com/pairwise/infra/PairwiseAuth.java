package com.pairwise.infra;

import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.cognito.AccountRecovery;
import software.amazon.awscdk.services.cognito.AuthFlow;
import software.amazon.awscdk.services.cognito.AutoVerifiedAttrs;
import software.amazon.awscdk.services.cognito.FeaturePlan;
import software.amazon.awscdk.services.cognito.Mfa;
import software.amazon.awscdk.services.cognito.MfaSecondFactor;
import software.amazon.awscdk.services.cognito.OAuthFlows;
import software.amazon.awscdk.services.cognito.OAuthScope;
import software.amazon.awscdk.services.cognito.OAuthSettings;
import software.amazon.awscdk.services.cognito.PasswordPolicy;
import software.amazon.awscdk.services.cognito.SignInAliases;
import software.amazon.awscdk.services.cognito.StandardAttribute;
import software.amazon.awscdk.services.cognito.StandardAttributes;
import software.amazon.awscdk.services.cognito.StandardThreatProtectionMode;
import software.amazon.awscdk.services.cognito.UserPool;
import software.amazon.awscdk.services.cognito.UserPoolClient;
import software.amazon.awscdk.services.cognito.UserPoolClientIdentityProvider;
import software.amazon.awscdk.services.cognito.UserPoolClientOptions;
import software.amazon.awscdk.services.cognito.UserPoolGroup;
import software.amazon.awscdk.services.cognito.UserPoolGroupOptions;
import software.constructs.Construct;

/** Cognito user pool (e-mail sign-in), the {@code admin} group and the SPA's app client. */
public class PairwiseAuth extends Construct {

    public static final String ADMIN_GROUP = "admin";

    private final UserPool userPool;
    private final UserPoolClient spaClient;
    private final UserPoolGroup adminGroup;

    public PairwiseAuth(Construct scope, String id, PairwiseConfig config) {
        super(scope, id);
        userPool = UserPool.Builder.create(this, "UserPool")
                .selfSignUpEnabled(config.selfSignUp())
                .signInAliases(SignInAliases.builder().email(true).build())
                .signInCaseSensitive(false)
                .autoVerify(AutoVerifiedAttrs.builder().email(true).build())
                .standardAttributes(StandardAttributes.builder()
                        .email(StandardAttribute.builder().required(true).mutable(true).build())
                        .build())
                .passwordPolicy(PasswordPolicy.builder()
                        .minLength(12)
                        .requireLowercase(true)
                        .requireUppercase(true)
                        .requireDigits(true)
                        .requireSymbols(true)
                        .tempPasswordValidity(Duration.days(3))
                        .build())
                .mfa(Mfa.OPTIONAL)
                .mfaSecondFactor(MfaSecondFactor.builder().otp(true).sms(false).build())
                .accountRecovery(AccountRecovery.EMAIL_ONLY)
                // threat protection (formerly "advanced security") in enforcement mode needs the Plus plan
                .featurePlan(FeaturePlan.PLUS)
                .standardThreatProtectionMode(StandardThreatProtectionMode.FULL_FUNCTION)
                .deletionProtection(config.deletionProtection())
                .removalPolicy(config.deletionProtection() ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY)
                .build();

        adminGroup = userPool.addGroup("AdminGroup", UserPoolGroupOptions.builder()
                .groupName(ADMIN_GROUP)
                .description("Program administrators")
                .build());

        spaClient = userPool.addClient("SpaClient", UserPoolClientOptions.builder()
                .userPoolClientName("pairwise-spa-" + config.stage())
                .generateSecret(false)
                .authFlows(AuthFlow.builder()
                        .userSrp(true)
                        // lets an operator with IAM rights (cognito-idp:AdminInitiateAuth) get a token from the
                        // CLI for smoke tests; not callable by the public, unlike USER_PASSWORD_AUTH
                        .adminUserPassword(true)
                        .build())
                .oAuth(OAuthSettings.builder()
                        .flows(OAuthFlows.builder().authorizationCodeGrant(true).build())
                        .scopes(List.of(OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE))
                        .callbackUrls(config.authCallbackUrls())
                        .logoutUrls(config.authLogoutUrls())
                        .build())
                .supportedIdentityProviders(List.of(UserPoolClientIdentityProvider.COGNITO))
                .preventUserExistenceErrors(true)
                .enableTokenRevocation(true)
                .accessTokenValidity(Duration.hours(1))
                .idTokenValidity(Duration.hours(1))
                .refreshTokenValidity(Duration.days(30))
                .build());
    }

    public UserPool getUserPool() {
        return userPool;
    }

    public UserPoolClient getSpaClient() {
        return spaClient;
    }

    public UserPoolGroup getAdminGroup() {
        return adminGroup;
    }

    /** The JWT issuer of the pool: {@code https://cognito-idp.<region>.amazonaws.com/<poolId>}. */
    public String issuerUrl() {
        return "https://cognito-idp." + Stack.of(this).getRegion() + ".amazonaws.com/" + userPool.getUserPoolId();
    }
}
