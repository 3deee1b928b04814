package com.pairwise.signup;

import com.pairwise.shared.domain.IdGenerator;
import com.pairwise.shared.http.HttpFunction;
import com.pairwise.shared.http.RequestLog;
import com.pairwise.shared.http.Router;
import com.pairwise.shared.store.AwsClients;
import com.pairwise.shared.store.PairwiseTable;
import com.pairwise.shared.store.ProgramStore;
import com.pairwise.shared.store.RegistrationStore;
import com.pairwise.signup.api.SignupRoutes;
import com.pairwise.signup.domain.PersonalData;
import com.pairwise.signup.domain.Programs;
import com.pairwise.signup.domain.Registrations;
import java.io.PrintStream;
import java.time.Clock;

/** Lambda entry point of the signup function: programs, registrations and personal data. */
public final class SignupHandler extends HttpFunction {

    /** Used by Lambda: clients and schemas are built once here, at init (and captured by SnapStart). */
    public SignupHandler() {
        this(new PairwiseTable(AwsClients.dynamoDb(), AwsClients.tableName()), Clock.systemUTC());
    }

    public SignupHandler(PairwiseTable table, Clock clock) {
        this(table, clock, System.out);
    }

    /** @param log where the one-line-per-request JSON log goes (stdout on Lambda, to CloudWatch) */
    public SignupHandler(PairwiseTable table, Clock clock, PrintStream log) {
        super(routes(table, clock, log));
    }

    private static Router routes(PairwiseTable table, Clock clock, PrintStream log) {
        ProgramStore programStore = new ProgramStore(table);
        RegistrationStore registrationStore = new RegistrationStore(table);
        Programs programs = new Programs(programStore, registrationStore, clock, new IdGenerator());
        Registrations registrations = new Registrations(programs, registrationStore, clock);
        PersonalData personalData = new PersonalData(programStore, registrationStore, clock);
        return new SignupRoutes(programs, registrations, personalData).register(new Router(new RequestLog(log, clock, "signup")));
    }
}
