// Generated from the API's OpenAPI document by `npm run web:api`; test/e2e/web-client-types.e2e.spec.ts keeps it so.

export interface paths {
    "/audit/access-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who read which case, when, from where and on what ground (auditors only) */
        get: operations["AccessLogController_find"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/retention-due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Closed cases past their retention term, per kind of record (RETENTION_YEARS; ?asOf=YYYY-MM-DD); auditors only */
        get: operations["RetentionController_due"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How the browser app signs in: the development sign-in page, or OpenID Connect with PKCE at this issuer */
        get: operations["AuthConfigController_config"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cases this reader may see, with status, phase, people, court orders, placement and next deadline. Logged in the access log. */
        get: operations["ReadModelsHttpController_listCases"];
        put?: never;
        /** Register a signal (melding), by a wijkteam or Veilig Thuis: opens a case; leave caseId out and Casus chooses it (the answer carries it) */
        post: operations["SignalHttpController_registerSignal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case's current state; its ETag is the revision, for If-Match on the next step. Logged in the access log. */
        get: operations["CaseHttpController_getCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/agree-help-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Agree the family’s voluntary help plan: goals, the help arranged (with its beschikking), first evaluation */
        post: operations["HelpHttpController_agreeHelpPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/agree-safety-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the safety plan agreed with the family (veiligheidsplan) */
        post: operations["SafetyHttpController_agreeSafetyPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/assess-return-condition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assess a return-home condition as met or not */
        post: operations["ReturnHomeHttpController_assessReturnCondition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/assign-case-lead": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign the case lead (regiehouder) */
        post: operations["SignalHttpController_assignCaseLead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/cancel-task": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a task or appointment, with the reason */
        post: operations["JournalHttpController_cancelTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/change-charged-gi": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that another GI takes over the child's court orders in force, recorded by the case as the court's decisions are; the GI it leaves writes nothing from then on and reads the case as it stood, for FORMER_TEAM_READ_DAYS days */
        post: operations["TransferHttpController_changeChargedGi"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/change-parental-authority": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change a family member's parental authority (gezag); withdraws the consents that rested on the authority lost */
        post: operations["FamilyHttpController_changeParentalAuthority"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close the case with a reason */
        post: operations["ClosureHttpController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/complete-task": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a task or appointment as done */
        post: operations["JournalHttpController_completeTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/conclude-veilig-thuis-investigation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the conclusion of the Veilig Thuis investigation */
        post: operations["VeiligThuisHttpController_concludeInvestigation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/decide-correction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decide on a family member's request to correct a factual error: corrected (a new event; the step stays as it was) or refused, with a reason */
        post: operations["FamilyVoiceHttpController_decideCorrection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/decide-destruction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decide on a request to destroy the file (Jeugdwet art. 7.3.9): destroy it at once (a closed case, no court order in force), or refuse on an exception of the law */
        post: operations["FamilyVoiceHttpController_decideDestruction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/decide-placement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decide a placement on a reserved place */
        post: operations["PlacementHttpController_decidePlacement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/decisions/{eventId}/context": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** For a placement or return decision: the case just before it and the inputs it rested on */
        get: operations["CaseAuditController_decisionContext"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/draft-return-home-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Draft the return-home plan (terugkeerplan) */
        post: operations["ReturnHomeHttpController_draftReturnHomePlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/end-aftercare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the aftercare, with how it went */
        post: operations["HelpHttpController_endAftercare"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/end-court-order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that the court lifted, revoked or ended a court order before its term, with its decision */
        post: operations["CourtOrdersHttpController_endCourtOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/end-family-account-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the link of a family account; from then on it reads nothing of the case */
        post: operations["FamilyFileHttpController_endFamilyAccountLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/end-help-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the help plan with the reason: its evaluations stop, and a new plan may be agreed */
        post: operations["HelpHttpController_endHelpPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/end-jeugdlink-involvement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End Jeugdlink's involvement */
        post: operations["JeugdlinkHttpController_endJeugdlinkInvolvement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/end-placement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a placement */
        post: operations["PlacementHttpController_endPlacement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/end-withholding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a withholding: the family sees the part again */
        post: operations["FamilyFileHttpController_endWithholding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/evaluate-help-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Evaluate the help plan: the progress on each goal, and the next evaluation */
        post: operations["HelpHttpController_evaluateHelpPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A self-contained export of the case (events and hash chain) that `casus verify --file` checks offline */
        get: operations["CaseAuditController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/give-task": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give a task or appointment to a team that writes to the case, or one of its professionals, with its due day */
        post: operations["JournalHttpController_giveTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/give-written-instruction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The charged GI gives a written instruction (schriftelijke aanwijzing) under an OTS, with a term */
        post: operations["CourtOrdersHttpController_giveWrittenInstruction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/hand-over-to-local-team": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hand the case over to the local team (overdracht), which leads it from then on; Veilig Thuis writes nothing from then on and reads the case as it stood, for FORMER_TEAM_READ_DAYS days from the handover, as a team a case was transferred from */
        post: operations["VeiligThuisHttpController_handOver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/handle-complaint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Handle a family member's complaint: upheld, partly upheld or not upheld, with a reason */
        post: operations["FamilyVoiceHttpController_handleComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every event of the case with its metadata, paged by revision (?after=<revision>&limit=) */
        get: operations["CaseAuditController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/integrity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Walks the case's hash chain, reports the first broken link, and checks the stream against the newest signed anchor that saw it */
        get: operations["CaseAuditController_integrity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/join-jeugdlink": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Join the case as the region's Jeugdlink team */
        post: operations["JeugdlinkHttpController_joinJeugdlink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/link-family-account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Link a family user's account to their person on the case: a child or a family member */
        post: operations["FamilyFileHttpController_linkFamilyAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/lodge-appeal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an appeal (hoger beroep) lodged against a court order; the order holds meanwhile */
        post: operations["CourtOrdersHttpController_lodgeAppeal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/mark-not-for-parents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a step as never for the parents: their view carries no trace of it */
        post: operations["FamilyFileHttpController_markNotForParents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/plan-introduction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Plan a kennismaking (introduction) at the place reserved now */
        post: operations["PlacementHttpController_planIntroduction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/propose-network-family": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Propose a family from the child's own network as a netwerkpleeggezin, screened by the provider named */
        post: operations["PlacementHttpController_proposeNetworkFamily"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/record-appeal-outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the court of appeal’s decision: the order upheld, overturned or shortened */
        post: operations["CourtOrdersHttpController_recordAppealOutcome"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/record-case-note": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a dated case note (journaal): who was present, what was agreed; or correct an earlier one */
        post: operations["JournalHttpController_recordCaseNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/record-consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a consent: a family member's, the child's own (from 12) or the guardian's under voogdij */
        post: operations["FamilyHttpController_recordConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/record-court-order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a court order (OTS, voorlopige OTS, machtiging uithuisplaatsing, spoedmachtiging) */
        post: operations["CourtOrdersHttpController_recordCourtOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/record-family-member": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a parent, caregiver or sibling, once (a change of authority is its own step) */
        post: operations["FamilyHttpController_recordFamilyMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/record-foster-care-choice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the young person's choice: foster care to 21, or not after 18 */
        post: operations["GrowingUpHttpController_recordFosterCareChoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/record-foster-child-contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a talk with a placed child or the review of their development */
        post: operations["GrowingUpHttpController_recordFosterChildContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/record-instruction-follow-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record whether a written instruction was followed, or declared void by the court */
        post: operations["CourtOrdersHttpController_recordInstructionFollowUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/record-introduction-held": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that a planned kennismaking was held */
        post: operations["PlacementHttpController_recordIntroductionHeld"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/record-new-signal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a new signal (melding) on an open case: its own safety assessment is due as the first one was */
        post: operations["SignalHttpController_recordNewSignal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/record-perspective-decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the perspective decision (perspectiefbesluit) with every view and its justification */
        post: operations["HelpHttpController_recordPerspectiveDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/record-placement-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the plan of action (perspective-decision date) */
        post: operations["PlacementHttpController_recordPlacementPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/record-placement-view": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a child's or parent's view on the place reserved now */
        post: operations["PlacementHttpController_recordPlacementView"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/record-raad-advice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the Raad voor de Kinderbescherming's advice on a request to extend an OTS */
        post: operations["CourtOrdersHttpController_recordRaadAdvice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/record-return-decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the joint return decision with every view */
        post: operations["ReturnHomeHttpController_recordReturnDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/record-return-home": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that the child returned home, with aftercare */
        post: operations["ReturnHomeHttpController_recordReturnHome"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/record-safety-assessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the safety assessment (veiligheidsbeoordeling) */
        post: operations["SafetyHttpController_recordSafetyAssessment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/rematch-placement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run matching again on an open placement request */
        post: operations["PlacementHttpController_rematchPlacement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen a closed case with a reason */
        post: operations["ClosureHttpController_reopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/request-jeugdlink": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask the region's Jeugdlink team to join the case: the team named, or the one configured for the case's municipality */
        post: operations["JeugdlinkHttpController_requestJeugdlink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/request-placement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Request a placement for one or more children */
        post: operations["PlacementHttpController_requestPlacement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/revise-help-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revise the help plan: its goals and services from now on, with the reason; the earlier plan stays on record */
        post: operations["HelpHttpController_reviseHelpPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/start-aftercare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start aftercare (nazorg) after the return home or at 18, with what it is and its planned end */
        post: operations["HelpHttpController_startAftercare"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/start-placement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that the placement started */
        post: operations["PlacementHttpController_startPlacement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/start-veilig-thuis-investigation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start the Veilig Thuis investigation (onderzoek): to conclude within 10 weeks */
        post: operations["VeiligThuisHttpController_startInvestigation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case rebuilt from the log as of a moment (?asOf=) or a revision (?atRevision=), with its deadlines then */
        get: operations["CaseAuditController_state"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every step on the case: open with its route, or closed with the refusal it would meet now. Logged in the access log. */
        get: operations["StepsHttpController_caseSteps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case's steps in plain words (in the language of Accept-Language): who, in which role, when and why. Logged in the access log. */
        get: operations["ReadModelsHttpController_timeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hand the case over to another lead team (verhuizing, capacity, expertise) after the warme overdracht; the team that hands it over writes nothing from then on and reads the case as it stood, for FORMER_TEAM_READ_DAYS days */
        post: operations["TransferHttpController_transfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/withdraw-consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that a consent was withdrawn */
        post: operations["FamilyHttpController_withdrawConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/withdraw-placement-request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a placement request: its process ends and frees what it holds */
        post: operations["PlacementHttpController_withdrawPlacementRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/withhold-from-family": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withhold a step's content from the family, for another's privacy or the child's interest; the family sees that and why */
        post: operations["FamilyFileHttpController_withholdFromFamily"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Legal and agreed deadlines of the cases this reader may see; overdue against today. Logged in the access log. */
        get: operations["ReadModelsHttpController_deadlines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dev/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The seeded demo people to sign in as, by role and team (development sign-in only; absent with OIDC) */
        get: operations["DevSignInController_people"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dev/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A dev token for a seeded demo person, as `casus token` mints it (development sign-in only; absent with OIDC) */
        post: operations["DevSignInController_signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers */
        get: operations["HealthHttpController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the event store and the read-model database answer, no projection failed or stalled (503 otherwise) */
        get: operations["HealthHttpController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jeugdlink-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Requests waiting for the caller's Jeugdlink team to join a case: the case, its team and lead, the reason and the day asked, longest waiting first; only the team a request names sees it. Logged in the access log. */
        get: operations["JeugdlinkRequestsHttpController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in person as Casus reads their token: id, role, team, organisation and name */
        get: operations["MeHttpController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics (text exposition format): requests, projections, placement process; no personal data */
        get: operations["MetricsHttpController_scrape"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/my-file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The family member's own files: the cases their account is linked on, with their right. Logged per case. */
        get: operations["MyFileHttpController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/my-file/{caseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The own file in plain words, as the inspection rules allow: what happened, what comes next, whom to contact, what was withheld and why (file right), or the important facts (a parent without authority). Logged. */
        get: operations["MyFileHttpController_file"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/my-file/{caseId}/access-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who looked at the own file: when, organisation, role, what and on what ground, in plain words; names as the organisation shows them (FAMILY_ACCESS_LOG_NAMES). Logged. */
        get: operations["MyFileHttpController_accessLogOf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/my-file/{caseId}/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** File a complaint: handled within the complaints scheme's term (COMPLAINT_TERM_WEEKS, default 6) (role family: a linked child or parent of the case) */
        post: operations["FamilyRequestsHttpController_fileComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/my-file/{caseId}/correction-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for the correction of a factual error in one step of the file; the case team decides, with a reason (role family: a linked child or parent of the case) */
        post: operations["FamilyRequestsHttpController_requestCorrection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/my-file/{caseId}/destruction-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for the destruction of the file: decided within 3 months; not for a child under 12 (role family: a linked child or parent of the case) */
        post: operations["FamilyRequestsHttpController_requestDestruction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/my-file/{caseId}/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an own statement (eigen verklaring) to the file, or to one step of it; needs the right to inspect the file (role family: a linked child or parent of the case) */
        post: operations["FamilyRequestsHttpController_addOwnStatement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/placement-options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Family-form places: in full to their provider, auditors and those placing a child now; otherwise kind and municipality only; not to family. Logged in the access log. */
        get: operations["PlacementOptionsHttpController_list"];
        put?: never;
        /** A provider registers a family-form place with its capacity, ages, care intensities and specialisations */
        post: operations["PlacementOptionsHttpController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/placement-options/{optionId}/change-capacity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The place's provider changes its capacity; never below the places reserved or occupied */
        post: operations["PlacementOptionsHttpController_changeCapacity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/placement-options/{optionId}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The place's provider pauses it, with a reason: it takes no new reservation until resumed */
        post: operations["PlacementOptionsHttpController_pause"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/placement-options/{optionId}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The place's provider resumes a paused place: it takes reservations again */
        post: operations["PlacementOptionsHttpController_resume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/placement-options/{optionId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The place's provider withdraws it for good, with a reason, once none of its places is reserved or occupied */
        post: operations["PlacementOptionsHttpController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/placement-options/reservations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What holds the places of the provider's own places: each placement reserved (until when, whether the provider accepted) or living there; none of another provider's, nothing of the children; empty for other professionals, refused to family. Logged in the access log. */
        get: operations["PlaceReservationsHttpController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/placements/{placementId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The placement process with its proposal (distances to the parents' home and school) and history; for the case's readers. Logged in the access log. */
        get: operations["PlacementsHttpController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/placements/{placementId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The provider whose place is reserved accepts the proposed child; the team or GI still decides */
        post: operations["PlacementsHttpController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/placements/{placementId}/brief": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the placement's provider needs: the children, their needs, the start and the contact person; not the case. Logged in the access log. */
        get: operations["PlacementsHttpController_brief"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/placements/{placementId}/choose": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Choose another ranked candidate than the one held: the process releases that one and reserves the choice */
        post: operations["PlacementsHttpController_choose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/placements/{placementId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The provider whose place is reserved declines the proposed child, with a reason; a later matching does not propose that place again */
        post: operations["PlacementsHttpController_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each projection's position, lag (events and ms behind) and state */
        get: operations["ReadModelsHttpController_projections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The steps outside any case (registering a signal): open with its route, or closed with the refusal */
        get: operations["StepsHttpController_steps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open cases, active placements, overdue deadlines and open and overdue tasks per team of the cases this reader may see. Logged in the access log. */
        get: operations["ReadModelsHttpController_workload"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AccessLineAnswer: {
            /** Format: date-time */
            at: string;
            groundText: string;
            /** @description Only when the organisation shows names (FAMILY_ACCESS_LOG_NAMES=shown) */
            name?: string;
            organisation: string;
            roleText: string;
            whatText: string;
        };
        AccessLogAnswer: {
            items: components["schemas"]["AccessLogLineAnswer"][];
            next: components["schemas"]["NextAccessLogPage"] | null;
        };
        AccessLogLineAnswer: {
            /** @description The endpoint or command, e.g. GET /cases/:id/history */
            action: string;
            /** Format: uuid */
            caseId: string | null;
            correlationId: string | null;
            /** @description Which data: state, timeline, history, replay, export, integrity, access-log, ... */
            dataAccessed: string;
            emergencyOverride: boolean;
            ground: string;
            id: string;
            ip: string | null;
            /** Format: date-time */
            occurredAt: string;
            /** @description Whom the user acted for, when not themselves (NEN 7513 "namens") */
            onBehalfOf: string | null;
            organisation: string;
            role: string;
            team: string | null;
            userId: string;
            userName: string | null;
        };
        AddOwnStatementRequest: {
            /** @description The step of the file it is about (its eventNumber); left out: the file as a whole */
            aboutEventNumber?: number;
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            /**
             * Format: uuid
             * @description Chosen by the client, so that sending it again adds nothing twice
             */
            statementId: string;
            /** @description The own statement (eigen verklaring), in the words of the child or parent */
            text: string;
        };
        AgeRange: {
            max: number;
            min: number;
        };
        AgeRangeRequest: {
            max: number;
            min: number;
        };
        AgreeHelpPlanRequest: {
            /**
             * Format: date
             * @example 2026-12-01
             */
            agreedOn: string;
            /** @description The family members who agreed to the plan */
            agreedWith: string[];
            /**
             * Format: date
             * @description The first evaluation; each evaluation sets the next
             * @example 2026-12-01
             */
            evaluateOn: string;
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            goals: components["schemas"]["HelpGoalRequest"][];
            /** Format: uuid */
            helpPlanId: string;
            services: components["schemas"]["HelpServiceRequest"][];
        };
        AgreeSafetyPlanRequest: {
            /** @description Family members who agreed to the plan */
            agreedBy: string[];
            conditions: string[];
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            /**
             * Format: date
             * @example 2026-12-01
             */
            reviewOn: string;
            /** Format: uuid */
            safetyPlanId: string;
        };
        AssessReturnConditionRequest: {
            /**
             * Format: date
             * @example 2026-12-01
             */
            assessedOn: string;
            /** Format: uuid */
            conditionId: string;
            evidence: string;
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            met: boolean;
            /** Format: uuid */
            placementId: string;
        };
        AssignCaseLeadRequest: {
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            /** Format: uuid */
            leadId: string;
            name: string;
        };
        AuthConfigResponse: {
            /** @description oidc only: the browser app's client id (OIDC_CLIENT_ID, else OIDC_AUDIENCE) */
            clientId?: string;
            /**
             * @description oidc only: OIDC_ISSUER_URL
             * @example https://login.ede.nl/realms/casus
             */
            issuer?: string;
            /**
             * @description dev: GET /dev/people and POST /dev/sign-in; oidc: authorization code with PKCE
             * @enum {string}
             */
            kind: "dev" | "oidc";
            /**
             * @description oidc only: the scopes to ask for (OIDC_SCOPE)
             * @example openid profile
             */
            scope?: string;
        };
        BehaviouralScientistConsentRequest: {
            /**
             * Format: date
             * @example 2026-12-01
             */
            consentedOn: string;
            name: string;
        };
        BeschikkingRequest: {
            /**
             * Format: date
             * @example 2026-12-01
             */
            decidedOn: string;
            /** @description The gemeente's reference of the decision */
            reference: string;
            /**
             * Format: date
             * @example 2026-12-01
             */
            validUntil?: string;
        };
        BriefChild: {
            /** Format: date */
            birthDate: string;
            /** Format: uuid */
            childId: string;
        };
        BriefContact: {
            name: string;
            team: string;
        };
        ByAnswer: {
            organisation: string | null;
            roleText: string;
        };
        CancelTaskRequest: {
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            reason: string;
            /** Format: uuid */
            taskId: string;
        };
        CaseAnswer: {
            /** @description Each as the step that recorded it says (the fields of its event), with what later steps added; ended when ended */
            aftercare: {
                [key: string]: unknown;
            }[];
            /** @description Each as the step that recorded it says (the fields of its event), with what later steps added; outcome when decided */
            appeals: {
                [key: string]: unknown;
            }[];
            /** Format: uuid */
            caseId: string;
            children: components["schemas"]["ChildAnswer"][];
            /** @description Each closure: closedOn, reason, reopened */
            closures: {
                [key: string]: unknown;
            }[];
            consents: components["schemas"]["ConsentAnswer"][];
            courtOrders: components["schemas"]["CourtOrderAnswer"][];
            /**
             * Format: date
             * @description Set once the file is destroyed; nothing is decided on the case after it
             */
            destroyedOn?: string;
            earlierHelpPlans: {
                [key: string]: unknown;
            }[];
            /** @description How many events the case holds: the number of the next one (revisions are 0-based) */
            eventCount: number;
            /** @description Family accounts linked to their person on the case; Each as the step that recorded it says (the fields of its event), with what later steps added; ended when ended */
            familyAccounts: {
                [key: string]: unknown;
            }[];
            /** @description Each as the step that recorded it says (the fields of its event), with what later steps added */
            familyMembers: {
                [key: string]: unknown;
            }[];
            /** @description The family's own voice: statements, corrections, destructionRequests and complaints, each as its step says, with the case's answer (null until given) */
            familyVoice: {
                [key: string]: unknown;
            };
            /** @description Each as the step that recorded it says (the fields of its event), with what later steps added */
            giChanges: {
                [key: string]: unknown;
            }[];
            /** @description The help plan running now, or the last one that ended */
            helpPlan: {
                [key: string]: unknown;
            } | null;
            jeugdlink: components["schemas"]["JeugdlinkAnswer"][];
            lead: components["schemas"]["LeadAnswer"] | null;
            municipality: string;
            /** @description CBS gemeentecode, e.g. GM0228 */
            municipalityCode: string | null;
            /** @description Each as the step that recorded it says (the fields of its event), with what later steps added */
            networkFamilies: {
                [key: string]: unknown;
            }[];
            /** @description Signals recorded after the one that opened the case */
            newSignals: {
                [key: string]: unknown;
            }[];
            /** @description Each note as it reads now, with the versions it corrected */
            notes: {
                [key: string]: unknown;
            }[];
            /** @description Parts a parent never sees; Each as the step that recorded it says (the fields of its event), with what later steps added */
            notForParents: {
                [key: string]: unknown;
            }[];
            organisation: string;
            /** @description Each as the step that recorded it says (the fields of its event), with what later steps added */
            perspectiveDecisions: {
                [key: string]: unknown;
            }[];
            /** @enum {string} */
            phase: "safety-assessment" | "support" | "safety-plan" | "placement" | "return-home" | "aftercare" | "closed";
            placements: components["schemas"]["PlacementAnswer"][];
            /** @description Each as the step that recorded it says (the fields of its event), with what later steps added */
            raadAdvice: {
                [key: string]: unknown;
            }[];
            /** @description Each as the step that recorded it says (the fields of its event), with what later steps added */
            safetyAssessments: {
                [key: string]: unknown;
            }[];
            /** @description Each as the step that recorded it says (the fields of its event), with what later steps added */
            safetyPlans: {
                [key: string]: unknown;
            }[];
            /** @description The signal that opened the case: source, urgency, concerns, receivedAt, description, safetyAssessmentDueOn */
            signal: {
                [key: string]: unknown;
            };
            /** @enum {string} */
            status: "open" | "closed";
            /** @description Each as the step that recorded it says (the fields of its event), with what later steps added; status open, done or cancelled */
            tasks: {
                [key: string]: unknown;
            }[];
            team: string;
            /** @description Each as the step that recorded it says (the fields of its event), with what later steps added */
            transfers: {
                [key: string]: unknown;
            }[];
            /** @description Set when Veilig Thuis registered the signal: its team, investigation and handover */
            veiligThuis: {
                [key: string]: unknown;
            } | null;
            /** @description Parts withheld from the family; Each as the step that recorded it says (the fields of its event), with what later steps added; ended when ended */
            withholdings: {
                [key: string]: unknown;
            }[];
            /** @description Each as the step that recorded it says (the fields of its event), with what later steps added; followUp when followed up */
            writtenInstructions: {
                [key: string]: unknown;
            }[];
        };
        CaseExportAnswer: {
            /** Format: uuid */
            caseId: string;
            /** @description Each event as stored (id, streamId, revision, position, recordedAt, type, data, metadata, hashes) and as people read it */
            events: {
                [key: string]: unknown;
            }[];
            /** Format: date-time */
            exportedAt: string;
            exportedBy: string | null;
            /** @enum {string} */
            format: "casus.case-export";
            /** @description How each hash is computed, to check the export without Casus */
            hashChain: string;
            head: components["schemas"]["ChainHead"];
            streamId: string;
            version: number;
        };
        CaseLeadAnswer: {
            /** Format: uuid */
            id: string;
            name: string | null;
            team: string;
        };
        CaseListAnswer: {
            items: components["schemas"]["CaseListItemAnswer"][];
            page: number;
            pageSize: number;
            /** @description Items matching the filters, on every page */
            total: number;
        };
        CaseListItemAnswer: {
            activeCourtOrders: components["schemas"]["CourtOrderAtAGlance"][];
            /** @description The placement running now: its id, status, place and start */
            activePlacement: {
                [key: string]: unknown;
            } | null;
            /** Format: uuid */
            caseId: string;
            children: components["schemas"]["ChildAtAGlance"][];
            jeugdlink: components["schemas"]["JeugdlinkAtAGlance"] | null;
            lastStep: components["schemas"]["LastStep"];
            lead: components["schemas"]["CaseLeadAnswer"] | null;
            municipality: string;
            nextDeadline: components["schemas"]["NextDeadlineAnswer"] | null;
            /** Format: date-time */
            openedAt: string;
            overdueDeadlines: number;
            phase: string;
            revision: number;
            /** @description open or closed */
            status: string;
            team: string;
            urgency: string;
        };
        CaseStepResponse: {
            /** Format: uuid */
            caseId: string;
            /**
             * @description Global log position of the last event written, "commit:prepare"
             * @example 1042:17
             */
            position: string;
            /** @description The case stream's revision after this step (0-based) */
            revision: number;
        };
        CaseStepsResponse: {
            /** Format: uuid */
            caseId: string;
            /** @description The revision the answer is about (If-Match for the next step) */
            revision: number;
            /** @description Every step, open or with the refusal that closes it now */
            steps: (components["schemas"]["OpenStepView"] | components["schemas"]["ClosedStepView"])[];
        };
        CaseViewAnswer: {
            case: components["schemas"]["CaseAnswer"];
            /**
             * @description Global log position, "commit:prepare"; pass it as minPosition to read your own write
             * @example 1042:17
             */
            position: string;
            /** @description The case stream's revision (0-based); also the ETag */
            revision: number;
        };
        ChainHead: {
            hash: string;
            revision: number;
        };
        ChangeCapacityRequest: {
            capacity: number;
            reason: string;
        };
        ChangeChargedGiRequest: {
            /**
             * Format: uuid
             * @description The child whose court orders in force the new GI carries out from now on
             */
            childId: string;
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            explanation: string;
            handover: components["schemas"]["HandoverRequest"];
            /** @description The gecertificeerde instelling that takes over */
            toGiOrganisation: string;
        };
        ChangeParentalAuthorityRequest: {
            /**
             * Format: date
             * @description When the change took effect
             * @example 2026-12-01
             */
            changedOn: string;
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            /** Format: uuid */
            familyMemberId: string;
            /** @description The children over whom this person holds parental authority (gezag) from now on */
            parentalAuthorityOver: string[];
            /** @description Why authority changed, e.g. the court decision and its case number */
            reason: string;
            /**
             * @description Where the change comes from
             * @enum {string}
             */
            source: "court-decision" | "recognition" | "marriage-or-partnership" | "authority-register" | "death" | "other";
        };
        ChildAnswer: {
            /** Format: date */
            birthDate: string;
            /** Format: uuid */
            childId: string;
        };
        ChildAtAGlance: {
            /** @description Age in years today */
            age: number;
            /** Format: uuid */
            childId: string;
        };
        ChildRequest: {
            /**
             * Format: date
             * @example 2026-12-01
             */
            birthDate: string;
            /** Format: uuid */
            childId: string;
        };
        ChooseCandidateRequest: {
            /**
             * Format: uuid
             * @description One of the ranked candidates of the latest proposal
             */
            optionId: string;
            /** @description Why this place rather than the one the process holds */
            reason: string;
        };
        CloseCaseRequest: {
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            reason: string;
        };
        ClosedStepView: {
            /**
             * @description The stable code the request would be refused with
             * @example ACCESS.READ_ONLY_ROLE
             */
            code: string;
            /** @enum {boolean} */
            open: false;
            /**
             * Format: uuid
             * @description The placement a placement step was asked about
             */
            placementId?: string;
            /** @description The refusal in the words of the professional, in the language of Content-Language */
            text: string;
            /**
             * @description The command the step is
             * @enum {string}
             */
            type: "RegisterSignal" | "RecordNewSignal" | "StartVeiligThuisInvestigation" | "ConcludeVeiligThuisInvestigation" | "HandOverToLocalTeam" | "JoinJeugdlink" | "AssignCaseLead" | "RequestJeugdlink" | "CloseCase" | "ReopenCase" | "TransferCase" | "ChangeChargedGi" | "RecordFamilyMember" | "ChangeParentalAuthority" | "RecordConsent" | "WithdrawConsent" | "AgreeSafetyPlan" | "EndJeugdlinkInvolvement" | "RecordCourtOrder" | "EndCourtOrder" | "LodgeAppeal" | "RecordAppealOutcome" | "RecordRaadAdvice" | "GiveWrittenInstruction" | "RecordInstructionFollowUp" | "RecordSafetyAssessment" | "RecordPlacementPlan" | "DraftReturnHomePlan" | "AssessReturnCondition" | "RecordReturnDecision" | "RecordReturnHome" | "EndPlacement" | "ProposeNetworkFamily" | "AgreeHelpPlan" | "ReviseHelpPlan" | "EvaluateHelpPlan" | "EndHelpPlan" | "RecordPerspectiveDecision" | "StartAftercare" | "EndAftercare" | "RequestPlacement" | "WithdrawPlacementRequest" | "RematchPlacement" | "RecordPlacementView" | "PlanIntroduction" | "RecordIntroductionHeld" | "DecidePlacement" | "StartPlacement" | "RecordCaseNote" | "GiveTask" | "CompleteTask" | "CancelTask" | "RecordFosterChildContact" | "RecordFosterCareChoice" | "AddOwnStatement" | "RequestCorrection" | "RequestDestruction" | "FileComplaint" | "DecideCorrection" | "DecideDestruction" | "HandleComplaint" | "LinkFamilyAccount" | "EndFamilyAccountLink" | "WithholdFromFamily" | "EndWithholding" | "MarkNotForParents";
        };
        ClosingStep: {
            /** Format: date-time */
            at: string;
            /** Format: uuid */
            eventId: string;
            type: string | null;
        };
        CompleteTaskRequest: {
            /**
             * Format: date
             * @example 2026-12-01
             */
            doneOn: string;
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            /** Format: uuid */
            taskId: string;
        };
        ConcludeVeiligThuisInvestigationRequest: {
            /**
             * Format: date
             * @example 2026-12-01
             */
            concludedOn: string;
            /** @enum {string} */
            conclusion: "confirmed" | "not-confirmed" | "undetermined";
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            findings: string;
        };
        ConsentAnswer: {
            childIds: string[];
            /** Format: uuid */
            consentId: string;
            givenBy: components["schemas"]["ConsentGiverAnswer"];
            /** Format: date */
            givenOn: string;
            /** @enum {string} */
            purpose: "voluntary-placement" | "share-with-jeugdlink" | "share-information";
            /** @description on, reason */
            withdrawn: {
                [key: string]: unknown;
            } | null;
        };
        ConsentGiverAnswer: {
            /**
             * Format: uuid
             * @description When the child gave it
             */
            childId?: string;
            /**
             * Format: uuid
             * @description When a family member gave it
             */
            familyMemberId?: string;
            /** @enum {string} */
            giver: "family-member" | "child" | "guardian";
        };
        ConsentGiverRequest: {
            /**
             * Format: uuid
             * @description child: the child of the case who consents, for themself
             */
            childId?: string;
            /**
             * Format: uuid
             * @description guardian: the voogdij court order that makes the GI guardian
             */
            courtOrderId?: string;
            /**
             * Format: uuid
             * @description family-member
             */
            familyMemberId?: string;
            /**
             * @description a recorded family member, the child themself (from 12), or the GI as guardian (voogdij)
             * @enum {string}
             */
            giver: "family-member" | "child" | "guardian";
        };
        ContactAnswer: {
            lead: components["schemas"]["LeadNameAnswer"] | null;
            organisation: string;
            team: string;
        };
        ContactDetailsRequest: {
            address?: string;
            email?: string;
            phone?: string;
        };
        CourtOrderAnswer: {
            caseNumber: string;
            /** Format: uuid */
            childId: string;
            court: string;
            /** Format: uuid */
            courtOrderId: string;
            /** @description How and when the court ended it before its term */
            ended: {
                [key: string]: unknown;
            } | null;
            /** Format: uuid */
            extendsCourtOrderId: string | null;
            giOrganisation: string;
            /** Format: date */
            issuedOn: string;
            /** @enum {string} */
            kind: "ots" | "voorlopige-ots" | "machtiging-uithuisplaatsing" | "spoedmachtiging" | "voogdij";
            /** Format: date */
            parentsHearingDueOn: string | null;
            /** Format: date */
            validFrom: string;
            /** Format: date */
            validUntil: string;
        };
        CourtOrderAtAGlance: {
            /** Format: uuid */
            childId: string;
            /** Format: uuid */
            courtOrderId: string;
            kind: string;
            /** Format: date */
            validFrom: string;
            /** Format: date */
            validUntil: string;
        };
        DeadlineAnswer: {
            /** Format: uuid */
            caseId: string;
            /** Format: uuid */
            childId: string | null;
            closedBy: components["schemas"]["ClosingStep"] | null;
            /** @description Stable per deadline: its kind and what it belongs to */
            deadlineId: string;
            description: string;
            /**
             * Format: date-time
             * @description The moment, for deadlines counted in hours
             */
            dueAt: string | null;
            /** Format: date */
            dueOn: string;
            inWarningPeriod: boolean;
            /** @enum {string} */
            kind: "safety-assessment" | "safety-plan-review" | "veilig-thuis-investigation" | "court-order-expiry" | "machtiging-lapse" | "written-instruction" | "parents-hearing" | "plan-of-action" | "perspective-decision" | "return-review" | "reservation-expiry" | "no-suitable-placement" | "introduction" | "task" | "appointment" | "coming-of-age" | "foster-care-end" | "foster-child-contact" | "development-review" | "help-plan-evaluation" | "aftercare-end" | "complaint-handling" | "destruction-decision" | "correction-answer";
            /**
             * Format: uuid
             * @description The event that opened the deadline
             */
            openedBy: string;
            /** Format: uuid */
            placementId: string | null;
            /** @enum {string} */
            status: "open" | "met" | "cancelled" | "overdue";
            team: string;
            /**
             * Format: date
             * @description From when the list warns of it (court order expiry, coming of age)
             */
            warningFrom: string | null;
        };
        DeadlineAsOfAnswer: {
            /** Format: date */
            dueOn: string;
            kind: string;
            /** @enum {string} */
            status: "open" | "met" | "met-late" | "overdue" | "cancelled";
            /** @description The placement, court order or later signal it belongs to; the case itself for the first ones */
            subjectId: string;
            /** Format: date */
            warnFrom?: string;
        };
        DeadlineListAnswer: {
            items: components["schemas"]["DeadlineAnswer"][];
            page: number;
            pageSize: number;
            /** @description Items matching the filters, on every page */
            total: number;
        };
        DecideCorrectionRequest: {
            /** @description The corrected text, when corrected (a new event; the step corrected stays as it was) */
            correction?: string;
            /** @enum {string} */
            decision: "corrected" | "refused";
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            /** @description Why it is corrected or refused; the family reads it */
            reason: string;
            /**
             * Format: uuid
             * @description The correction request answered
             */
            requestId: string;
        };
        DecideDestructionRequest: {
            /**
             * @description destroy: the file is destroyed at once, as at the end of its term
             * @enum {string}
             */
            decision: "destroy" | "refuse";
            /**
             * @description The exception of the law that keeps the file; only with refuse
             * @enum {string}
             */
            exception?: "considerable-interest-of-another" | "legal-duty";
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            /** @description Why the file is destroyed or kept; the family reads it */
            reason: string;
            /**
             * Format: uuid
             * @description The destruction request answered
             */
            requestId: string;
        };
        DecidePlacementRequest: {
            behaviouralScientistConsent?: components["schemas"]["BehaviouralScientistConsentRequest"];
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            /**
             * Format: date
             * @description The day the child is to move in, when not right away; record the start when it happens
             * @example 2026-12-01
             */
            moveInOn?: string;
            /** Format: uuid */
            placementId: string;
            reasons: string;
            /** @description Others heard (the school, the current carer); the child's and parents' views are those recorded on the place */
            viewsHeard?: components["schemas"]["ViewHeardRequest"][];
        };
        DecisionContextAnswer: {
            /** Format: uuid */
            caseId: string;
            deadlinesBefore: components["schemas"]["DeadlineAsOfAnswer"][];
            decision: components["schemas"]["HistoryEntryAnswer"];
            /** @description What the decision rested on, recorded before it */
            inputs: components["schemas"]["HistoryEntryAnswer"][];
            /** @description The case just before the decision was recorded: what the professionals had on file */
            stateBefore: components["schemas"]["CaseAnswer"] | components["schemas"]["NoCaseAnswer"];
        };
        DemoPeopleResponse: {
            /** @description by role (wijkteam first), then team and name; empty before `casus seed` */
            people: components["schemas"]["DemoPersonResponse"][];
        };
        DemoPersonResponse: {
            /**
             * @description a family member only: what they are on their case
             * @example kind, 13 jaar
             */
            about?: string;
            /** Format: uuid */
            id: string;
            /** @example Sanne Bosgraaf */
            name: string;
            /** @example Gemeente Ede */
            organisation: string;
            /** @enum {string} */
            role: "wijkteam" | "veilig-thuis" | "jeugdlink" | "gi" | "provider" | "auditor" | "family";
            /**
             * @description empty for a role that belongs to no team
             * @example wijkteam-ede-noord
             */
            team: string;
        };
        DevSignInRequest: {
            /**
             * Format: uuid
             * @description the id of a person GET /dev/people lists
             */
            personId: string;
        };
        DevSignInResponse: {
            /**
             * Format: date-time
             * @description when the token stops being accepted
             */
            expiresAt: string;
            person: components["schemas"]["DemoPersonResponse"];
            /** @description a dev token for this person, as `casus token` mints it: send it as `Authorization: Bearer <token>` */
            token: string;
        };
        DraftReturnHomePlanRequest: {
            conditions: components["schemas"]["ReturnConditionRequest"][];
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            /** Format: uuid */
            placementId: string;
            support: string;
            /**
             * Format: date
             * @example 2026-12-01
             */
            targetOn: string;
        };
        EndAftercareRequest: {
            /** Format: uuid */
            aftercareId: string;
            /**
             * Format: date
             * @example 2026-12-01
             */
            endedOn: string;
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            howItWent: string;
        };
        EndCourtOrderRequest: {
            caseNumber: string;
            court: string;
            /** Format: uuid */
            courtOrderId: string;
            /**
             * Format: date
             * @example 2026-12-01
             */
            decidedOn: string;
            /** @description The court's decision, in its words */
            decision: string;
            /**
             * Format: date
             * @description From this day the order no longer holds
             * @example 2026-12-01
             */
            endedOn: string;
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            /**
             * @description lifted (opgeheven), revoked (ingetrokken) or ended early (beëindigd) by the court
             * @enum {string}
             */
            how: "lifted" | "revoked" | "ended-early";
        };
        EndFamilyAccountLinkRequest: {
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            /**
             * Format: uuid
             * @description The person whose account link ends
             */
            personId: string;
            /** @description Why the link ends */
            reason: string;
        };
        EndHelpPlanRequest: {
            /**
             * Format: date
             * @example 2026-12-01
             */
            endedOn: string;
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            /** Format: uuid */
            helpPlanId: string;
            reason: string;
        };
        EndJeugdlinkInvolvementRequest: {
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            reason: string;
        };
        EndPlacementRequest: {
            /** @description The children who leave while their brothers and sisters stay; all when left out */
            childIds?: string[];
            /**
             * Format: date
             * @example 2026-12-01
             */
            endedOn: string;
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            explanation: string;
            /** Format: uuid */
            placementId: string;
            /** @enum {string} */
            reason: "return-home" | "breakdown" | "transfer" | "age-of-majority" | "other";
        };
        EndWithholdingRequest: {
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            /** @description Why the family may see the part again */
            reason: string;
            /** Format: uuid */
            withholdingId: string;
        };
        EvaluateHelpPlanRequest: {
            /**
             * Format: date
             * @example 2026-12-01
             */
            evaluatedOn: string;
            /** Format: uuid */
            evaluationId: string;
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            /** @description The progress on each goal of the plan */
            goals: components["schemas"]["GoalEvaluationRequest"][];
            /** Format: uuid */
            helpPlanId: string;
            /**
             * Format: date
             * @example 2026-12-01
             */
            nextEvaluationOn: string;
        };
        ExcludedAreaRequest: {
            center: components["schemas"]["GeoLocationRequest"];
            /** @description Radius around the centre in km */
            radiusKm: number;
            /** @description Why the child must not be placed here, e.g. a contact ban */
            reason: string;
        };
        FieldErrorResponse: {
            /** @example children.0.birthDate */
            field: string;
            messages: string[];
        };
        FileComplaintRequest: {
            /** @description What the complaint is about, in a few words */
            about: string;
            /**
             * Format: uuid
             * @description Chosen by the client
             */
            complaintId: string;
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            /** @description The complaint */
            text: string;
        };
        GeoLocationRequest: {
            /** @description Latitude (WGS84) */
            lat: number;
            /** @description Longitude (WGS84) */
            lon: number;
        };
        GeoPointAnswer: {
            lat: number;
            lon: number;
        };
        GiveTaskRequest: {
            assignee: components["schemas"]["TaskAssigneeRequest"];
            /**
             * Format: date-time
             * @description An appointment's moment (required for one), on its day in the Netherlands
             */
            at?: string;
            description: string;
            /**
             * Format: date
             * @description The last day of a task, the day of an appointment
             * @example 2026-12-01
             */
            dueOn: string;
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            /** @enum {string} */
            kind: "task" | "appointment";
            /** Format: uuid */
            taskId: string;
        };
        GiveWrittenInstructionRequest: {
            /** @description The parents (family member ids) or the child the instruction is addressed to */
            addressedTo: string[];
            /** Format: uuid */
            childId: string;
            /**
             * Format: date
             * @description The term the instruction sets to comply by
             * @example 2026-12-01
             */
            complyBy: string;
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            /**
             * Format: date
             * @example 2026-12-01
             */
            givenOn: string;
            instruction: string;
            /** Format: uuid */
            instructionId: string;
            reason: string;
        };
        GoalEvaluationRequest: {
            /** Format: uuid */
            goalId: string;
            note: string;
            /** @enum {string} */
            progress: "achieved" | "progressing" | "no-progress" | "worsened";
        };
        HandleComplaintRequest: {
            /**
             * Format: uuid
             * @description The complaint handled
             */
            complaintId: string;
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            /** @enum {string} */
            outcome: "upheld" | "partly-upheld" | "not-upheld";
            /** @description Why, in words the family reads */
            reason: string;
        };
        HandoverRequest: {
            /**
             * Format: date
             * @description The day of the warme overdracht: the handover conversation with the receiving team
             * @example 2026-12-01
             */
            heldOn: string;
            /** @description What was handed over: where the work stands, what is agreed, what needs care */
            note: string;
            /** @description Who of the receiving team the case was handed over to */
            receivedBy: string;
        };
        HandOverToLocalTeamRequest: {
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            /**
             * Format: date
             * @example 2026-12-01
             */
            handedOverOn: string;
            /** @description The wijkteam's organisation (the gemeente) */
            organisation: string;
            /** @description What Veilig Thuis hands over */
            summary: string;
            /** @description The wijkteam that takes the case over and leads it */
            team: string;
        };
        HappenedAnswer: {
            by: components["schemas"]["ByAnswer"];
            /** @description The revision of the step on the case (0-based): what a request about it names */
            eventNumber: number;
            /** Format: date */
            on: string;
            /** @description Your own words on record in this step */
            ownWords?: components["schemas"]["OwnWordsAnswer"][];
            text: string;
            /** @description The reason the step gives */
            why?: string;
        };
        HealthAnswer: {
            /** @description Every check. Per check (eventStore, database, projections): status up or down, and what it found */
            details: {
                [key: string]: unknown;
            };
            /** @description The checks that are down. Per check (eventStore, database, projections): status up or down, and what it found */
            error?: {
                [key: string]: unknown;
            };
            /** @description The checks that are up. Per check (eventStore, database, projections): status up or down, and what it found */
            info?: {
                [key: string]: unknown;
            };
            /** @enum {string} */
            status: "ok" | "error" | "shutting_down";
        };
        HeldPlaceAnswer: {
            /** @description Whether the provider accepted the reservation held now (Handboek Methodisch Matchen, phase B) */
            accepted: boolean;
            /**
             * Format: date-time
             * @description Until when a reservation holds; null once the child lives here
             */
            expiresAt: string | null;
            /** @enum {string} */
            held: "reserved" | "occupied";
            /** Format: uuid */
            optionId: string;
            /** Format: uuid */
            placementId: string;
            /** @description How many of the place are held (the children placed together) */
            places: number;
        };
        HeldPlacesAnswer: {
            items: components["schemas"]["HeldPlaceAnswer"][];
        };
        HeldReservationAnswer: {
            attempt: number;
            /** Format: date-time */
            expiresAt: string;
            /** Format: uuid */
            optionId: string;
            places: number;
        };
        HelpGoalRequest: {
            /** @description The children of the case the goal is for */
            childIds: string[];
            description: string;
            /** Format: uuid */
            goalId: string;
        };
        HelpServiceRequest: {
            /** @description The gemeente's decision granting it */
            beschikking?: components["schemas"]["BeschikkingRequest"];
            description: string;
            /**
             * @description An individual provision needs a beschikking or a doctor’s referral
             * @enum {string}
             */
            kind: "parenting-support" | "wijkteam-support" | "school-social-work" | "ambulatory-youth-care" | "youth-mental-health" | "day-treatment" | "respite-care" | "other";
            provider: string;
            /**
             * @description The doctor who referred, instead of a beschikking
             * @enum {string}
             */
            referredBy?: "huisarts" | "medisch-specialist" | "jeugdarts";
            /** Format: uuid */
            serviceId: string;
        };
        HistoryActorAnswer: {
            id: string | null;
            name: string | null;
            organisation: string | null;
            role: string | null;
            team: string | null;
        };
        HistoryAnswer: {
            /** Format: uuid */
            caseId: string;
            items: components["schemas"]["HistoryEntryAnswer"][];
            next: components["schemas"]["NextHistoryPage"] | null;
            streamId: string;
            total: number;
        };
        HistoryEntryAnswer: {
            actor: components["schemas"]["HistoryActorAnswer"];
            causationId: string | null;
            correlationId: string | null;
            /** @description The event's data as stored */
            data: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            eventId: string;
            hash: string;
            /**
             * @description Global log position, "commit:prepare"; pass it as minPosition to read your own write
             * @example 1042:17
             */
            position: string;
            previousHash: string;
            reason: string | null;
            /** Format: date-time */
            recordedAt: string;
            revision: number;
            schemaVersion: number;
            type: string;
        };
        InformationAnswer: {
            /** Format: date */
            on: string;
            text: string;
        };
        IntegrityAnswer: {
            /** @description The newest signed anchor that saw the stream: seq, at, revision, hash */
            anchor: {
                [key: string]: unknown;
            } | null;
            /** @description What the anchor finds wrong: the stream cut short or chained anew */
            anchorProblem: string | null;
            /** Format: uuid */
            caseId: string;
            /** @description Events checked */
            events: number;
            /** @description The first broken link: its revision and the hashes expected and found */
            firstBreak: {
                [key: string]: unknown;
            } | null;
            head: components["schemas"]["ChainHead"] | null;
            intact: boolean;
            streamId: string;
        };
        IntroductionParticipantsRequest: {
            /** @description The children of the placement who take part */
            childIds: string[];
            /** @description The family members who take part */
            familyMemberIds: string[];
            /** @description The others by their role (the foster parents, the case lead), never by name */
            others: string[];
        };
        JeugdlinkAnswer: {
            /** @description on, reason */
            ended: {
                [key: string]: unknown;
            } | null;
            /** Format: date */
            joinedOn: string | null;
            members: components["schemas"]["JeugdlinkMemberAnswer"][];
            purpose: string | null;
            reason: string;
            /** Format: date */
            requestedOn: string;
            /** @enum {string} */
            status: "requested" | "joined" | "ended";
            /** @description The team asked to join, then the team that joined */
            team: string | null;
        };
        JeugdlinkAtAGlance: {
            /** @enum {string} */
            status: "requested" | "joined" | "ended";
            team: string | null;
        };
        JeugdlinkMemberAnswer: {
            /** Format: uuid */
            memberId: string;
            name: string;
            organisation: string;
        };
        JeugdlinkMemberRequest: {
            /** Format: uuid */
            memberId: string;
            name: string;
            organisation: string;
        };
        JeugdlinkRequestAnswer: {
            /** Format: uuid */
            caseId: string;
            /** @description The case lead who asks; null: none assigned yet */
            lead: components["schemas"]["RequestingLeadAnswer"] | null;
            municipality: string;
            /** @description The case lead's reason for asking Jeugdlink */
            reason: string;
            /** Format: date */
            requestedOn: string;
            /** @description The case team that asks */
            team: string;
            /** @enum {string} */
            urgency: "regular" | "acute";
        };
        JeugdlinkRequestListAnswer: {
            /** @description Longest waiting first */
            items: components["schemas"]["JeugdlinkRequestAnswer"][];
        };
        JoinJeugdlinkRequest: {
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            members: components["schemas"]["JeugdlinkMemberRequest"][];
            purpose: string;
        };
        LastStep: {
            /** Format: date-time */
            at: string;
            /** @description The step in plain words */
            summary: string;
            type: string;
        };
        LeadAnswer: {
            /** Format: uuid */
            leadId: string;
            name: string;
        };
        LeadNameAnswer: {
            name: string;
        };
        LinkFamilyAccountRequest: {
            /**
             * Format: uuid
             * @description The family user's account: the subject of their token (role family)
             */
            accountId: string;
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            /**
             * Format: uuid
             * @description A child of the case (childId) or a recorded family member (familyMemberId)
             */
            personId: string;
        };
        LodgeAppealRequest: {
            /** Format: uuid */
            appealId: string;
            caseNumber: string;
            /** @description The court of appeal (gerechtshof) */
            court: string;
            /**
             * Format: uuid
             * @description The court order appealed against
             */
            courtOrderId: string;
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            /** @enum {string} */
            lodgedBy: "parent" | "child" | "gi" | "raad" | "other";
            /**
             * Format: date
             * @example 2026-12-01
             */
            lodgedOn: string;
        };
        MarkNotForParentsRequest: {
            /** @description The revision of the step on the case (0-based), as the timeline numbers it */
            eventNumber: number;
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            /** Format: uuid */
            markId: string;
            /** @description Why a parent must never learn of this part (the parents never read this reason) */
            reason: string;
        };
        MeResponse: {
            /** @description The token's sub */
            id: string;
            name?: string;
            organisation: string;
            /** @enum {string} */
            role: "wijkteam" | "veilig-thuis" | "jeugdlink" | "gi" | "provider" | "auditor" | "family";
            /** @description Empty for roles without a team */
            team: string;
        };
        MyAccessLogAnswer: {
            lines: components["schemas"]["AccessLineAnswer"][];
            namesShown: boolean;
        };
        MyFileAnswer: {
            /** Format: uuid */
            caseId: string;
            /** @description Whom to contact */
            contact: components["schemas"]["ContactAnswer"];
            happened?: components["schemas"]["HappenedAnswer"][];
            /** @description The important facts (BW 1:377c) */
            information?: components["schemas"]["InformationAnswer"][];
            next?: components["schemas"]["NextAnswer"][];
            phaseText: string;
            revision: number;
            /** @enum {string} */
            status: "open" | "closed";
            /** @description That a part was withheld, when and why; not what */
            withheld?: components["schemas"]["WithheldAnswer"][];
            you: components["schemas"]["YouAnswer"];
        };
        MyFileItemAnswer: {
            /** @enum {string} */
            as: "child" | "parent" | "step-parent" | "caregiver" | "sibling" | "grandparent" | "other";
            /** Format: uuid */
            caseId: string;
            municipality: string;
            /**
             * Format: uuid
             * @description Who the account is on this case: a child of the case or a recorded family member
             */
            personId: string;
            /**
             * @description file: the file as it concerns their children (or themself); information: BW 1:377c
             * @enum {string}
             */
            right: "file" | "information";
            /** @enum {string} */
            status: "open" | "closed";
        };
        MyFilesAnswer: {
            files: components["schemas"]["MyFileItemAnswer"][];
        };
        NetworkFamilyAreaRequest: {
            /** @description Where the family lives: personal data, sealed under the family member */
            location: components["schemas"]["GeoLocationRequest"];
            municipality: string;
            /**
             * @description the CBS gemeentecode: GM and four digits, e.g. GM0228 for Ede; may be left out for a municipality Casus knows by name
             * @example GM0228
             */
            municipalityCode?: string;
            /** @description The region (e.g. FoodValley) */
            region: string;
        };
        NextAccessLogPage: {
            /** @description Pass as ?after= for the next page */
            after: string;
        };
        NextAnswer: {
            /** Format: date */
            dueOn: string;
            text: string;
        };
        NextDeadlineAnswer: {
            description: string;
            /** Format: date */
            dueOn: string;
            /** @enum {string} */
            kind: "safety-assessment" | "safety-plan-review" | "veilig-thuis-investigation" | "court-order-expiry" | "machtiging-lapse" | "written-instruction" | "parents-hearing" | "plan-of-action" | "perspective-decision" | "return-review" | "reservation-expiry" | "no-suitable-placement" | "introduction" | "task" | "appointment" | "coming-of-age" | "foster-care-end" | "foster-child-contact" | "development-review" | "help-plan-evaluation" | "aftercare-end" | "complaint-handling" | "destruction-decision" | "correction-answer";
            overdue: boolean;
        };
        NextHistoryPage: {
            /** @description Pass as ?after= for the next page */
            after: number;
        };
        NoCaseAnswer: {
            /**
             * @description Nothing was recorded up to that point
             * @enum {string}
             */
            status: "none";
        };
        NoteCorrectionRequest: {
            /**
             * Format: uuid
             * @description The latest version of the note this one corrects
             */
            noteId: string;
            reason: string;
        };
        NotePresenceRequest: {
            /** @description The children of the case who were there */
            childIds: string[];
            /** @description The family members of the case who were there */
            familyMemberIds: string[];
            /** @description The professionals who were there */
            professionals: components["schemas"]["NoteProfessionalRequest"][];
        };
        NoteProfessionalRequest: {
            name: string;
            organisation: string;
        };
        OpenStepView: {
            /**
             * @description The HTTP method of its route
             * @example POST
             */
            method: string;
            /** @enum {boolean} */
            open: true;
            /**
             * @description Its route, as this document names it
             * @example /cases/{caseId}/assign-case-lead
             */
            path: string;
            /**
             * Format: uuid
             * @description The placement a placement step is open on (the latest, when several are)
             */
            placementId?: string;
            /**
             * @description The command the step is
             * @enum {string}
             */
            type: "RegisterSignal" | "RecordNewSignal" | "StartVeiligThuisInvestigation" | "ConcludeVeiligThuisInvestigation" | "HandOverToLocalTeam" | "JoinJeugdlink" | "AssignCaseLead" | "RequestJeugdlink" | "CloseCase" | "ReopenCase" | "TransferCase" | "ChangeChargedGi" | "RecordFamilyMember" | "ChangeParentalAuthority" | "RecordConsent" | "WithdrawConsent" | "AgreeSafetyPlan" | "EndJeugdlinkInvolvement" | "RecordCourtOrder" | "EndCourtOrder" | "LodgeAppeal" | "RecordAppealOutcome" | "RecordRaadAdvice" | "GiveWrittenInstruction" | "RecordInstructionFollowUp" | "RecordSafetyAssessment" | "RecordPlacementPlan" | "DraftReturnHomePlan" | "AssessReturnCondition" | "RecordReturnDecision" | "RecordReturnHome" | "EndPlacement" | "ProposeNetworkFamily" | "AgreeHelpPlan" | "ReviseHelpPlan" | "EvaluateHelpPlan" | "EndHelpPlan" | "RecordPerspectiveDecision" | "StartAftercare" | "EndAftercare" | "RequestPlacement" | "WithdrawPlacementRequest" | "RematchPlacement" | "RecordPlacementView" | "PlanIntroduction" | "RecordIntroductionHeld" | "DecidePlacement" | "StartPlacement" | "RecordCaseNote" | "GiveTask" | "CompleteTask" | "CancelTask" | "RecordFosterChildContact" | "RecordFosterCareChoice" | "AddOwnStatement" | "RequestCorrection" | "RequestDestruction" | "FileComplaint" | "DecideCorrection" | "DecideDestruction" | "HandleComplaint" | "LinkFamilyAccount" | "EndFamilyAccountLink" | "WithholdFromFamily" | "EndWithholding" | "MarkNotForParents";
        };
        OwnWordsAnswer: {
            preference?: string;
            whoText: string;
            words: string;
        };
        OwnWordsRequest: {
            /**
             * Format: uuid
             * @description A child or family member named as present
             */
            personId: string;
            /** @description What they said, in their own words (personal data: sealed, erased with them) */
            words: string;
        };
        ParticipantViewRequest: {
            /**
             * Format: uuid
             * @description child
             */
            childId?: string;
            /**
             * Format: uuid
             * @description parent
             */
            familyMemberId?: string;
            /** @description child: whether the child was heard */
            heard?: boolean;
            /** @description caregiver, gemeente, provider, gi */
            name?: string;
            /** @description child not heard: why */
            notHeardReason?: string;
            /** @description caregiver, gemeente, provider, gi */
            organisation?: string;
            /** @enum {string} */
            participant: "child" | "parent" | "caregiver" | "gemeente" | "provider" | "gi";
            /** @enum {string} */
            prefers?: "return-home" | "not-yet" | "no-return" | "no-preference";
            /** @description the view in their own words */
            statement?: string;
        };
        PerspectiveViewRequest: {
            /**
             * Format: uuid
             * @description child
             */
            childId?: string;
            /**
             * Format: uuid
             * @description parent
             */
            familyMemberId?: string;
            /** @description child: whether the child was heard */
            heard?: boolean;
            /** @description caregiver, gemeente, provider, gi */
            name?: string;
            /** @description child not heard: why */
            notHeardReason?: string;
            /** @description caregiver, gemeente, provider, gi */
            organisation?: string;
            /** @enum {string} */
            participant: "child" | "parent" | "caregiver" | "gemeente" | "provider" | "gi";
            /** @enum {string} */
            prefers?: "return-home" | "foster-family" | "elsewhere" | "no-preference";
            /** @description the view in their own words */
            statement?: string;
        };
        PlaceAnswer: {
            ageRange: components["schemas"]["AgeRange"];
            capacity?: number;
            careIntensities: string[];
            /** @description capacity less reserved and occupied */
            free?: number;
            /** @enum {string} */
            kind: "netwerkpleeggezin" | "bestandspleeggezin" | "gezinshuis" | "kleinschalig-wonen" | "residentieel";
            location?: components["schemas"]["GeoPointAnswer"];
            maxSiblingGroup: number;
            municipality: string;
            municipalityCode: string | null;
            /**
             * Format: uuid
             * @description Only for a netwerkpleeggezin: the network it belongs to
             */
            networkFamilyId?: string;
            occupied?: number;
            /** Format: uuid */
            optionId: string;
            provider: string;
            region: string;
            reserved?: number;
            specialisations: string[];
            /** @enum {string} */
            status: "active" | "paused" | "withdrawn";
        };
        PlacementAnswer: {
            childIds: string[];
            contacts: {
                [key: string]: unknown;
            }[];
            /** @description The place decided on, by whom and when */
            decision: {
                [key: string]: unknown;
            } | null;
            /** @description Children who left while their siblings stayed */
            departures: {
                [key: string]: unknown;
            }[];
            ended: {
                [key: string]: unknown;
            } | null;
            excludedAreas?: {
                [key: string]: unknown;
            }[];
            /** Format: uuid */
            familyNetworkId?: string;
            fosterCareChoices: {
                [key: string]: unknown;
            }[];
            /** Format: date */
            intendedStartOn: string;
            /** @description Kennismakingen planned, with heldOn once held */
            introductions: {
                [key: string]: unknown;
            }[];
            /** @description Siblings these children are never placed with */
            keptApartFrom?: string[];
            /** @enum {string} */
            legalBasis: "voluntary" | "court-order";
            /** @description The children's needs: care intensity, specialisations, ages, wishes */
            needs: {
                [key: string]: unknown;
            };
            parentsHome?: {
                [key: string]: unknown;
            };
            /** @description Each child's first talk and development review as due, then as held */
            placedChildren: {
                [key: string]: unknown;
            }[];
            /** Format: uuid */
            placementId: string;
            planOfAction: {
                [key: string]: unknown;
            } | null;
            /** Format: date */
            planOfActionDueOn: string | null;
            region?: string;
            returnDecisions: {
                [key: string]: unknown;
            }[];
            returnedHome: {
                [key: string]: unknown;
            } | null;
            /** @description The return-home plan with its conditions and their assessments */
            returnHomePlan: {
                [key: string]: unknown;
            } | null;
            school?: {
                [key: string]: unknown;
            };
            siblingSeparationReason: string | null;
            /** Format: date */
            startedOn: string | null;
            /** @enum {string} */
            status: "requested" | "decided" | "active" | "ended" | "withdrawn";
            /** @enum {string} */
            urgency: "regular" | "acute";
            /** @description Every view heard on a proposed place, in order */
            views: {
                [key: string]: unknown;
            }[];
            withdrawn: {
                [key: string]: unknown;
            } | null;
        };
        PlacementBriefAnswer: {
            children: components["schemas"]["BriefChild"][];
            contact: components["schemas"]["BriefContact"] | null;
            /** Format: date */
            endedOn: string | null;
            /** Format: date */
            intendedStartOn: string;
            /** @description The children's needs as the placement request states them */
            needs: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            placementId: string;
            /** Format: date */
            startedOn: string | null;
            /** @enum {string} */
            status: "requested" | "decided" | "active" | "ended" | "withdrawn";
        };
        PlacementNeedsRequest: {
            /** @enum {string} */
            careIntensity: "light" | "medium" | "intensive";
            description: string;
            specialisations: string[];
        };
        PlacementOptionStepAnswer: {
            /** Format: uuid */
            optionId: string;
            /**
             * @description Global log position of the event written (null: nothing written); pass it as minPosition
             * @example 1042:17
             */
            position: string | null;
            /** @description The place's stream revision after this step (0-based) */
            revision: number;
        };
        PlacementProcessAnswer: {
            /** @description The provider's acceptance of the reservation held now: optionId, attempt, by */
            accepted: {
                [key: string]: unknown;
            } | null;
            /** @description The reservation attempt being made (or to make next), over every matching run */
            attempt: number;
            /** @description Option ids, best first, as proposed; null until the matching ran */
            candidates: string[] | null;
            /** Format: uuid */
            caseId: string | null;
            childIds: string[];
            /**
             * Format: uuid
             * @description The candidate the team chose, to reserve next
             */
            chosen: string | null;
            /** @description cause, on */
            concluded: {
                [key: string]: unknown;
            } | null;
            /** @description optionId, decidedOn, decidedBy, moveInOn */
            decision: {
                [key: string]: unknown;
            } | null;
            /** @description Options that declined: a later matching does not propose them again */
            declined: string[];
            /** @description Children who left while their siblings stayed (childIds), and whether their places are free */
            departures: {
                [key: string]: unknown;
            }[];
            exhausted: boolean;
            history: components["schemas"]["ProcessEventAnswer"][];
            keptApartFrom: string[];
            /** @description Set when a step kept failing and the process was set aside: error, triggerEventId, attempts */
            parked: {
                [key: string]: unknown;
            } | null;
            placeFreed: boolean;
            /** Format: uuid */
            placementId: string | null;
            places: number;
            placeTaken: boolean;
            /** @description The latest PlacementCandidatesProposed: ranked candidates with per-criterion scores, excluded places with reasons */
            proposal: {
                [key: string]: unknown;
            } | null;
            reservation: components["schemas"]["HeldReservationAnswer"] | null;
            /** @description The process stream's revision */
            revision: number;
            /** @description Matching runs so far minus one */
            run: number;
            startSent: boolean;
            /** @description A reservation still to be released on its option, with the reason */
            toRelease: {
                [key: string]: unknown;
            } | null;
            tried: string[];
        };
        PlacementStepAnswer: {
            /** Format: uuid */
            placementId: string;
            /**
             * @description Global log position, "commit:prepare"; pass it as minPosition to read your own write
             * @example 1042:17
             */
            position: string;
            /** @description The placement process's stream revision after this step */
            revision: number;
        };
        PlacementViewRequest: {
            /**
             * Format: uuid
             * @description child
             */
            childId?: string;
            /**
             * Format: uuid
             * @description parent
             */
            familyMemberId?: string;
            /** @description child: whether the child was heard */
            heard?: boolean;
            /** @description child not heard: why */
            notHeardReason?: string;
            /** @enum {string} */
            participant: "child" | "parent";
            /** @description the view in their own words */
            statement?: string;
        };
        PlacesAnswer: {
            items: components["schemas"]["PlaceAnswer"][];
        };
        PlanIntroductionRequest: {
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            /** Format: uuid */
            introductionId: string;
            participants: components["schemas"]["IntroductionParticipantsRequest"];
            /** Format: uuid */
            placementId: string;
            /**
             * Format: date
             * @description The day of the kennismaking
             * @example 2026-12-01
             */
            plannedOn: string;
        };
        ProblemResponse: {
            /**
             * @description Stable code: a domain rule (CASE.CLOSED, PLACEMENT.NO_VALID_MACHTIGING, ...) or REQUEST.INVALID, AUTH.UNAUTHENTICATED, CASE.REVISION_CONFLICT, EVENT_STORE.UNAVAILABLE
             * @example PLACEMENT.NO_VALID_MACHTIGING
             */
            code: string;
            /** @description Quote it when reporting a problem; also in the X-Correlation-Id header */
            correlationId: string;
            /**
             * @description What went wrong, in English, as precise as the rule
             * @example no valid machtiging uithuisplaatsing for child ... on 2026-12-01
             */
            detail: string;
            /** @description Field-level messages of a malformed request (400) */
            errors?: components["schemas"]["FieldErrorResponse"][];
            /**
             * @description The language of `text`: from Accept-Language, nl when none is asked for
             * @enum {string}
             */
            language: "nl" | "en";
            /**
             * @description The values `text` names (ids and ISO dates only), for a client that words the code itself
             * @example {
             *       "childId": "3f0c6f8e-2b7a-4c1e-9d2a-5b8e1f4a7c10",
             *       "on": "2026-12-01"
             *     }
             */
            params?: {
                [key: string]: string;
            };
            /** @example 422 */
            status: number;
            /**
             * @description The refusal in the words of the professional, and what they can do; also in Content-Language
             * @example Er is op 1 december 2026 geen geldige machtiging uithuisplaatsing voor dit kind.
             */
            text: string;
            /** @example Unprocessable Content */
            title: string;
            /** @example about:blank */
            type: string;
        };
        ProcessEventAnswer: {
            /** @description The event's data as the process recorded it */
            data: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            recordedAt: string;
            type: string;
        };
        ProjectionsAnswer: {
            projections: components["schemas"]["ProjectionStatusAnswer"][];
        };
        ProjectionStatusAnswer: {
            builtWithVersion: number | null;
            error: string | null;
            eventsBehind: number;
            msBehind: number;
            name: string;
            position: string | null;
            /** @enum {string} */
            state: "standby" | "catching-up" | "live" | "stopped" | "failed" | "never-ran";
            /** Format: date-time */
            updatedAt: string | null;
            version: number;
            worker: string | null;
        };
        ProposeNetworkFamilyRequest: {
            area: components["schemas"]["NetworkFamilyAreaRequest"];
            /** @description How many children the family can take */
            capacity: number;
            /** @description The care the family can give */
            careIntensities: ("light" | "medium" | "intensive")[];
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            /**
             * Format: uuid
             * @description The recorded family member or friend who would take the child
             */
            familyMemberId: string;
            /**
             * Format: uuid
             * @description The id of the place the family offers, as matching ranks it and the process reserves it
             */
            optionId: string;
            /** @description The pleegzorgaanbieder that screens the family and answers the reservation for it */
            provider: string;
        };
        ReasonRequest: {
            reason: string;
        };
        RecordAppealOutcomeRequest: {
            /** Format: uuid */
            appealId: string;
            /**
             * Format: date
             * @example 2026-12-01
             */
            decidedOn: string;
            /** @description The court of appeal's decision, in its words */
            decision: string;
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            /**
             * Format: date
             * @description For a shortened order: its new last day
             * @example 2026-12-01
             */
            lastDay?: string;
            /**
             * @description upheld, overturned (the order ends that day) or shortened (to lastDay)
             * @enum {string}
             */
            outcome: "upheld" | "overturned" | "shortened";
        };
        RecordCaseNoteRequest: {
            /** @description What was agreed, one agreement each */
            agreed: string[];
            /** @description Makes this note a correction of an earlier one */
            corrects?: components["schemas"]["NoteCorrectionRequest"];
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            /** @enum {string} */
            kind: "home-visit" | "phone-call" | "meeting" | "conversation-with-child" | "consultation" | "other";
            /** Format: uuid */
            noteId: string;
            /**
             * Format: date
             * @description The day of the contact or work the note is about
             * @example 2026-12-01
             */
            on: string;
            ownWords?: components["schemas"]["OwnWordsRequest"][];
            present: components["schemas"]["NotePresenceRequest"];
            /** @description What happened, in the professional's words */
            text: string;
        };
        RecordConsentRequest: {
            childIds: string[];
            /** Format: uuid */
            consentId: string;
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            givenBy: components["schemas"]["ConsentGiverRequest"];
            /**
             * Format: date
             * @example 2026-12-01
             */
            givenOn: string;
            /** @enum {string} */
            purpose: "voluntary-placement" | "share-with-jeugdlink" | "share-information";
        };
        RecordCourtOrderRequest: {
            caseNumber: string;
            /** Format: uuid */
            childId: string;
            court: string;
            /** Format: uuid */
            courtOrderId: string;
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            /**
             * Format: uuid
             * @description The order this one extends (verlenging)
             */
            extendsCourtOrderId?: string;
            /** @description The gecertificeerde instelling charged with carrying out the order */
            giOrganisation: string;
            /**
             * Format: date
             * @example 2026-12-01
             */
            issuedOn: string;
            /** @enum {string} */
            kind: "ots" | "voorlopige-ots" | "machtiging-uithuisplaatsing" | "spoedmachtiging" | "voogdij";
            /** @description Spoedmachtiging: were the parents heard before it was issued */
            parentsHeard?: boolean;
            /**
             * Format: date
             * @example 2026-12-01
             */
            validFrom: string;
            /**
             * Format: date
             * @example 2026-12-01
             */
            validUntil: string;
        };
        RecordFamilyMemberRequest: {
            contact: components["schemas"]["ContactDetailsRequest"];
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            /** Format: uuid */
            familyMemberId: string;
            name: string;
            /** @description Children of the case over whom this person holds parental authority (gezag) */
            parentalAuthorityOver: string[];
            /** @enum {string} */
            relation: "parent" | "step-parent" | "caregiver" | "sibling" | "grandparent" | "other";
        };
        RecordFosterCareChoiceRequest: {
            /** Format: uuid */
            childId: string;
            /**
             * @description Foster care continues to 21, or the young person declines it
             * @enum {string}
             */
            choice: "continue" | "decline";
            /**
             * Format: date
             * @description The day the young person chose
             * @example 2026-12-01
             */
            chosenOn: string;
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            /** Format: uuid */
            placementId: string;
        };
        RecordFosterChildContactRequest: {
            /** Format: uuid */
            childId: string;
            /** Format: uuid */
            contactId: string;
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            /**
             * Format: date
             * @description The day it was held
             * @example 2026-12-01
             */
            heldOn: string;
            /**
             * @description A talk with the child, or the review of their development
             * @enum {string}
             */
            kind: "conversation" | "development-review";
            /** Format: uuid */
            placementId: string;
        };
        RecordInstructionFollowUpRequest: {
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            /** Format: uuid */
            instructionId: string;
            note: string;
            /**
             * Format: date
             * @example 2026-12-01
             */
            on: string;
            /**
             * @description complied, not complied, or declared void by the juvenile judge
             * @enum {string}
             */
            outcome: "complied" | "not-complied" | "voided-by-court";
        };
        RecordIntroductionHeldRequest: {
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            /**
             * Format: date
             * @example 2026-12-01
             */
            heldOn: string;
            /** Format: uuid */
            introductionId: string;
            /** Format: uuid */
            placementId: string;
        };
        RecordNewSignalRequest: {
            /** @description The children of the case the signal concerns */
            childIds: string[];
            concerns: string[];
            description: string;
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            /**
             * Format: date-time
             * @description When the concern reached the team; defaults to now
             */
            receivedAt?: string;
            /**
             * Format: uuid
             * @description Chosen by the client; a safety assessment names it to answer this signal
             */
            signalId: string;
            /** @enum {string} */
            source: "veilig-thuis" | "police" | "school" | "health-care" | "family" | "wijkteam" | "other";
            /** @enum {string} */
            urgency: "regular" | "acute";
        };
        RecordPerspectiveDecisionRequest: {
            /**
             * Format: date
             * @example 2026-12-01
             */
            decidedOn: string;
            /** Format: uuid */
            decisionId: string;
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            justification: string;
            /** @enum {string} */
            perspective: "return-home" | "foster-family" | "elsewhere";
            /** Format: uuid */
            placementId: string;
            views: components["schemas"]["PerspectiveViewRequest"][];
            /** @description elsewhere: where the child grows up */
            where?: string;
        };
        RecordPlacementPlanRequest: {
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            justification: string;
            /**
             * Format: date
             * @example 2026-12-01
             */
            perspectiveDecisionOn: string;
            /** Format: uuid */
            placementId: string;
        };
        RecordPlacementViewRequest: {
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            /**
             * Format: date
             * @example 2026-12-01
             */
            heardOn: string;
            /** Format: uuid */
            placementId: string;
            view: components["schemas"]["PlacementViewRequest"];
        };
        RecordRaadAdviceRequest: {
            /** @description The advice, in its words */
            advice: string;
            /** Format: uuid */
            adviceId: string;
            /**
             * Format: date
             * @example 2026-12-01
             */
            advisedOn: string;
            /** @description The Raad's investigator who advised */
            advisor: string;
            /**
             * Format: uuid
             * @description The OTS the request asks to extend
             */
            courtOrderId: string;
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            /** @description The Raad's office */
            office: string;
            /** @enum {string} */
            recommendation: "extend" | "do-not-extend" | "other";
            /** @description The extension request's case number at the court */
            requestCaseNumber: string;
            /**
             * Format: date
             * @description When the extension was requested
             * @example 2026-12-01
             */
            requestedOn: string;
        };
        RecordReturnDecisionRequest: {
            /** @description return-home although not every condition is met: why */
            conditionsOverrideReason?: string;
            /**
             * Format: date
             * @example 2026-12-01
             */
            decidedOn: string;
            /** Format: uuid */
            decisionId: string;
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            outcome: components["schemas"]["ReturnDecisionOutcomeRequest"];
            /** Format: uuid */
            placementId: string;
            rationale: string;
            views: components["schemas"]["ParticipantViewRequest"][];
        };
        RecordReturnHomeRequest: {
            aftercare: string;
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            /** Format: uuid */
            placementId: string;
            /**
             * Format: date
             * @example 2026-12-01
             */
            returnedOn: string;
        };
        RecordSafetyAssessmentRequest: {
            /**
             * Format: date
             * @example 2026-12-01
             */
            assessedOn: string;
            /** Format: uuid */
            assessmentId: string;
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            findings: string;
            /** @enum {string} */
            outcome: "safe" | "unsafe" | "acute-unsafe";
            /**
             * Format: uuid
             * @description The later signal (record-new-signal) this assessment answers; left out: the signal that opened the case
             */
            signalId?: string;
        };
        RegisterPlacementOptionRequest: {
            ageRange: components["schemas"]["AgeRangeRequest"];
            capacity: number;
            careIntensities: ("light" | "medium" | "intensive")[];
            /** @enum {string} */
            kind: "netwerkpleeggezin" | "bestandspleeggezin" | "gezinshuis" | "kleinschalig-wonen" | "residentieel";
            location: components["schemas"]["GeoLocationRequest"];
            maxSiblingGroup: number;
            municipality: string;
            /**
             * @description the CBS gemeentecode: GM and four digits, e.g. GM0228 for Ede; may be left out for a municipality Casus knows by name
             * @example GM0228
             */
            municipalityCode?: string;
            /** Format: uuid */
            networkFamilyId?: string;
            /** Format: uuid */
            optionId?: string;
            /** @description Defaults to the caller's organisation; a provider registers only its own places */
            provider?: string;
            region: string;
            specialisations: string[];
        };
        RegisterSignalRequest: {
            /**
             * Format: uuid
             * @description Chosen by the client to make a retry safe; generated when left out
             */
            caseId?: string;
            children: components["schemas"]["ChildRequest"][];
            concerns: string[];
            description: string;
            municipality: string;
            /**
             * @description the CBS gemeentecode: GM and four digits, e.g. GM0228 for Ede; may be left out for a municipality Casus knows by name
             * @example GM0228
             */
            municipalityCode?: string;
            /**
             * Format: date-time
             * @description When the concern reached the team; defaults to now
             */
            receivedAt?: string;
            /** @enum {string} */
            source: "veilig-thuis" | "police" | "school" | "health-care" | "family" | "wijkteam" | "other";
            /** @enum {string} */
            urgency: "regular" | "acute";
        };
        RematchPlacementRequest: {
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            /** @description The needs as they are now; unchanged when left out */
            needs?: components["schemas"]["PlacementNeedsRequest"];
            /** Format: uuid */
            placementId: string;
            /** @description Why matching runs again (new places, changed needs) */
            reason: string;
        };
        ReopenCaseRequest: {
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            reason: string;
        };
        ReplayAnswer: {
            /** Format: date-time */
            asOf: string | null;
            /** Format: uuid */
            caseId: string;
            deadlines: components["schemas"]["DeadlineAsOfAnswer"][];
            /** @description Revision of the last event folded in; -1 when none was */
            revision: number;
            /** @description The case rebuilt from the log up to the point asked */
            state: components["schemas"]["CaseAnswer"] | components["schemas"]["NoCaseAnswer"];
        };
        RequestCorrectionRequest: {
            /** @description The step of the file with the factual error (its eventNumber) */
            aboutEventNumber: number;
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            /** @description What it should say */
            proposed: string;
            /**
             * Format: uuid
             * @description Chosen by the client
             */
            requestId: string;
            /** @description What is wrong */
            what: string;
        };
        RequestDestructionRequest: {
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            /** @description Why, if the child or parent wants to say */
            reason?: string;
            /**
             * Format: uuid
             * @description Chosen by the client
             */
            requestId: string;
        };
        RequestingLeadAnswer: {
            name: string | null;
        };
        RequestJeugdlinkRequest: {
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            reason: string;
            /** @description The Jeugdlink team that may join; default: the team configured for the case's municipality (JEUGDLINK_TEAMS) */
            team?: string;
        };
        RequestPlacementRequest: {
            /** @description The children placed together under this placement id */
            childIds: string[];
            /** @description Areas the child must not be placed in */
            excludedAreas?: components["schemas"]["ExcludedAreaRequest"][];
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            /**
             * Format: uuid
             * @description The family network whose netwerkpleeggezinnen may take the child; the case itself when left out
             */
            familyNetworkId?: string;
            /**
             * Format: date
             * @example 2026-12-01
             */
            intendedStartOn: string;
            /** @description Siblings these children must never be placed with, because one harms the other */
            keptApartFrom?: string[];
            /** @enum {string} */
            legalBasis: "voluntary" | "court-order";
            needs: components["schemas"]["PlacementNeedsRequest"];
            /** @description The parents' home: matching prefers places close to it */
            parentsHome?: components["schemas"]["GeoLocationRequest"];
            /** Format: uuid */
            placementId: string;
            /** @description The child's own region (e.g. FoodValley) */
            region?: string;
            /** @description The child's school: matching prefers places close to it */
            school?: components["schemas"]["GeoLocationRequest"];
            /** @description The request's other children, each group placed apart from the rest under its own placement id */
            separateGroups?: components["schemas"]["SiblingGroupRequest"][];
            /** @description Why these children are placed apart from their siblings (needed for the two fields below) */
            siblingSeparationReason?: string;
            /** @enum {string} */
            urgency: "regular" | "acute";
        };
        RetentionDueAnswer: {
            /** Format: date */
            careEndedOn: string;
            /** Format: uuid */
            caseId: string;
            /** @description The kind whose term ends last: the file is kept, and destroyed, as a whole */
            decidingKind: string;
            from: string;
            /** @description The kinds of record the file holds */
            kinds: string[];
            /** Format: date */
            retainUntil: string;
            source: string;
            termYears: number;
        };
        RetentionDueListAnswer: {
            /** Format: date */
            asOf: string;
            items: components["schemas"]["RetentionDueAnswer"][];
            /** @description The retention term in years per kind of record (RETENTION_YEARS) */
            retentionYears: {
                [key: string]: unknown;
            };
        };
        ReturnConditionRequest: {
            /** Format: uuid */
            conditionId: string;
            description: string;
            responsible: string;
        };
        ReturnDecisionOutcomeRequest: {
            /** @enum {string} */
            kind: "return-home" | "not-yet" | "no-return";
            /** @description no-return: the long-term perspective */
            perspective?: string;
            /**
             * Format: date
             * @description not-yet: the next review date
             * @example 2026-12-01
             */
            reviewOn?: string;
        };
        ReviseHelpPlanRequest: {
            /** @description The family members who agreed to the plan */
            agreedWith: string[];
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            goals: components["schemas"]["HelpGoalRequest"][];
            /** Format: uuid */
            helpPlanId: string;
            reason: string;
            /**
             * Format: date
             * @example 2026-12-01
             */
            revisedOn: string;
            services: components["schemas"]["HelpServiceRequest"][];
        };
        SiblingGroupRequest: {
            /** @description The children who stay together in this group */
            childIds: string[];
            /**
             * Format: uuid
             * @description The placement of this group: its own place, its own matching
             */
            placementId: string;
        };
        StartAftercareRequest: {
            /**
             * @description after the return home, or after turning 18
             * @enum {string}
             */
            after: "return-home" | "age-of-majority";
            /** Format: uuid */
            aftercareId: string;
            childIds: string[];
            /** @description What the aftercare is: who supports whom, how often, with what */
            content: string;
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            /**
             * Format: date
             * @example 2026-12-01
             */
            plannedEndOn: string;
            /**
             * Format: date
             * @example 2026-12-01
             */
            startedOn: string;
        };
        StartPlacementRequest: {
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            /** Format: uuid */
            placementId: string;
            /**
             * Format: date
             * @example 2026-12-01
             */
            startedOn: string;
        };
        StartVeiligThuisInvestigationRequest: {
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            /** @description Why Veilig Thuis investigates */
            reason: string;
            /**
             * Format: date
             * @example 2026-12-01
             */
            startedOn: string;
        };
        StepActor: {
            id: string | null;
            organisation: string | null;
            role: string | null;
            team: string | null;
        };
        StepsResponse: {
            /** @description Every step, open or with the refusal that closes it now */
            steps: (components["schemas"]["OpenStepView"] | components["schemas"]["ClosedStepView"])[];
        };
        TaskAssigneeRequest: {
            /**
             * @description team: the case team or the joined Jeugdlink team; gi: the charged GI
             * @enum {string}
             */
            kind: "team" | "gi";
            /** @description The team, or for a GI its organisation, as the case knows it */
            name: string;
            /**
             * Format: uuid
             * @description One professional of it
             */
            professionalId?: string;
        };
        TeamWorkloadAnswer: {
            activePlacements: number;
            openCases: number;
            openTasks: number;
            overdueDeadlines: number;
            overdueTasks: number;
            team: string;
        };
        TimelineAnswer: {
            /** Format: uuid */
            caseId: string;
            steps: components["schemas"]["TimelineStepAnswer"][];
        };
        TimelineStepAnswer: {
            /** Format: date-time */
            at: string;
            by: components["schemas"]["StepActor"];
            /** Format: uuid */
            eventId: string;
            revision: number;
            /** @description The step in plain words, never personal data */
            summary: string;
            /** @description The event type, e.g. SignalRegistered */
            type: string;
            /** @description The reason given for the step, where it needs one */
            why: string | null;
        };
        TransferCaseRequest: {
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            explanation: string;
            handover: components["schemas"]["HandoverRequest"];
            /** @description With reason "move", and only then: the municipality the family moved to */
            municipality?: string;
            /**
             * @description the CBS gemeentecode: GM and four digits, e.g. GM0228 for Ede; may be left out for a municipality Casus knows by name
             * @example GM0228
             */
            municipalityCode?: string;
            /**
             * @description move: the family moved (verhuizing); the municipality changes with it
             * @enum {string}
             */
            reason: "move" | "capacity" | "expertise" | "other";
            toOrganisation: string;
            /** @description The team that leads the case from now on */
            toTeam: string;
        };
        ViewHeardRequest: {
            participant: string;
            view: string;
        };
        WithdrawConsentRequest: {
            /** Format: uuid */
            consentId: string;
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            reason: string;
            /**
             * Format: date
             * @example 2026-12-01
             */
            withdrawnOn: string;
        };
        WithdrawPlacementRequestRequest: {
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            /** Format: uuid */
            placementId: string;
            /** @description Why the request is no longer pursued */
            reason: string;
        };
        WithheldAnswer: {
            /** @description Whose interest weighs heavier, in plain words */
            groundText: string;
            /** Format: date */
            on: string;
            reason: string;
            text: string;
        };
        WithholdFromFamilyRequest: {
            /** @description The revision of the step on the case (0-based), as the timeline numbers it */
            eventNumber: number;
            /** @description Refuse with 409 unless the case still stands at this revision (or send If-Match) */
            expectedRevision?: number;
            /** @description parents (every family member who is not a child of the case), everyone, or the persons named */
            from: ("parents" | "everyone") | string[];
            /**
             * @description Whose interest weighs heavier: another person's privacy, or the child's
             * @enum {string}
             */
            ground: "privacy-of-another" | "interest-of-child";
            /** @description Why the part is withheld: the family reads this reason */
            reason: string;
            /** Format: uuid */
            withholdingId: string;
        };
        WorkloadAnswer: {
            teams: components["schemas"]["TeamWorkloadAnswer"][];
        };
        YouAnswer: {
            /** @description Who you are on the case, in words: kind, ouder, ... */
            as: string;
            /** Format: uuid */
            personId: string;
            /** @enum {string} */
            right: "file" | "information";
            /** @description What the right means, in plain words */
            rightText: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AccessLogController_find: {
        parameters: {
            query?: {
                after?: string;
                caseId?: string;
                from?: string;
                limit?: string;
                /** @description only the reads served (granted) or refused */
                outcome?: "granted" | "refused";
                to?: string;
                user?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessLogAnswer"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    RetentionController_due: {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetentionDueListAnswer"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    AuthConfigController_config: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthConfigResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    ReadModelsHttpController_listCases: {
        parameters: {
            query?: {
                /** @description Wait (max 5 s) until the read models passed this position ("commit:prepare", from a command response) */
                minPosition?: string;
                municipality?: string;
                /** @description recent (default): the latest step first; due: the nearest open deadline first */
                order?: "recent" | "due";
                /** @description only cases with (true) or without (false) an overdue deadline */
                overdue?: boolean;
                page?: number;
                pageSize?: number;
                phase?: "safety-assessment" | "support" | "safety-plan" | "placement" | "return-home" | "aftercare" | "closed";
                status?: "open" | "closed";
                team?: string;
            };
            header?: {
                "x-min-position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseListAnswer"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    SignalHttpController_registerSignal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterSignalRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    CaseHttpController_getCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewAnswer"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    HelpHttpController_agreeHelpPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgreeHelpPlanRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    SafetyHttpController_agreeSafetyPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgreeSafetyPlanRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    ReturnHomeHttpController_assessReturnCondition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssessReturnConditionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    SignalHttpController_assignCaseLead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignCaseLeadRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    JournalHttpController_cancelTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelTaskRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    TransferHttpController_changeChargedGi: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeChargedGiRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    FamilyHttpController_changeParentalAuthority: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeParentalAuthorityRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    ClosureHttpController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseCaseRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    JournalHttpController_completeTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteTaskRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    VeiligThuisHttpController_concludeInvestigation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConcludeVeiligThuisInvestigationRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    FamilyVoiceHttpController_decideCorrection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideCorrectionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    FamilyVoiceHttpController_decideDestruction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideDestructionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    PlacementHttpController_decidePlacement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecidePlacementRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    CaseAuditController_decisionContext: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionContextAnswer"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    ReturnHomeHttpController_draftReturnHomePlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DraftReturnHomePlanRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    HelpHttpController_endAftercare: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndAftercareRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    CourtOrdersHttpController_endCourtOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndCourtOrderRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    FamilyFileHttpController_endFamilyAccountLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndFamilyAccountLinkRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    HelpHttpController_endHelpPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndHelpPlanRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    JeugdlinkHttpController_endJeugdlinkInvolvement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndJeugdlinkInvolvementRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    PlacementHttpController_endPlacement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndPlacementRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    FamilyFileHttpController_endWithholding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndWithholdingRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    HelpHttpController_evaluateHelpPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvaluateHelpPlanRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    CaseAuditController_export: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseExportAnswer"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    JournalHttpController_giveTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GiveTaskRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    CourtOrdersHttpController_giveWrittenInstruction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GiveWrittenInstructionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    VeiligThuisHttpController_handOver: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HandOverToLocalTeamRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    FamilyVoiceHttpController_handleComplaint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HandleComplaintRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    CaseAuditController_history: {
        parameters: {
            query?: {
                after?: string;
                limit?: string;
            };
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryAnswer"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    CaseAuditController_integrity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrityAnswer"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    JeugdlinkHttpController_joinJeugdlink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JoinJeugdlinkRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    FamilyFileHttpController_linkFamilyAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkFamilyAccountRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    CourtOrdersHttpController_lodgeAppeal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LodgeAppealRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    FamilyFileHttpController_markNotForParents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarkNotForParentsRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    PlacementHttpController_planIntroduction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanIntroductionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    PlacementHttpController_proposeNetworkFamily: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposeNetworkFamilyRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    CourtOrdersHttpController_recordAppealOutcome: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordAppealOutcomeRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    JournalHttpController_recordCaseNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordCaseNoteRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    FamilyHttpController_recordConsent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordConsentRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    CourtOrdersHttpController_recordCourtOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordCourtOrderRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    FamilyHttpController_recordFamilyMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordFamilyMemberRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    GrowingUpHttpController_recordFosterCareChoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordFosterCareChoiceRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    GrowingUpHttpController_recordFosterChildContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordFosterChildContactRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    CourtOrdersHttpController_recordInstructionFollowUp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordInstructionFollowUpRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    PlacementHttpController_recordIntroductionHeld: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordIntroductionHeldRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    SignalHttpController_recordNewSignal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordNewSignalRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    HelpHttpController_recordPerspectiveDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordPerspectiveDecisionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    PlacementHttpController_recordPlacementPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordPlacementPlanRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    PlacementHttpController_recordPlacementView: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordPlacementViewRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    CourtOrdersHttpController_recordRaadAdvice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordRaadAdviceRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    ReturnHomeHttpController_recordReturnDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordReturnDecisionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    ReturnHomeHttpController_recordReturnHome: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordReturnHomeRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    SafetyHttpController_recordSafetyAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordSafetyAssessmentRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    PlacementHttpController_rematchPlacement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RematchPlacementRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    ClosureHttpController_reopen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReopenCaseRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    JeugdlinkHttpController_requestJeugdlink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestJeugdlinkRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    PlacementHttpController_requestPlacement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestPlacementRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    HelpHttpController_reviseHelpPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviseHelpPlanRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    HelpHttpController_startAftercare: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartAftercareRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    PlacementHttpController_startPlacement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartPlacementRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    VeiligThuisHttpController_startInvestigation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartVeiligThuisInvestigationRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    CaseAuditController_state: {
        parameters: {
            query?: {
                asOf?: string;
                atRevision?: string;
            };
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplayAnswer"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    StepsHttpController_caseSteps: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepsResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    ReadModelsHttpController_timeline: {
        parameters: {
            query?: {
                /** @description Wait (max 5 s) until the read models passed this position ("commit:prepare", from a command response) */
                minPosition?: string;
            };
            header?: {
                "x-min-position"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelineAnswer"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    TransferHttpController_transfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferCaseRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    FamilyHttpController_withdrawConsent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawConsentRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    PlacementHttpController_withdrawPlacementRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawPlacementRequestRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    FamilyFileHttpController_withholdFromFamily: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithholdFromFamilyRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    ReadModelsHttpController_deadlines: {
        parameters: {
            query?: {
                caseId?: string;
                /** @description only deadlines of this kind, e.g. court-order-expiry */
                kind?: "safety-assessment" | "safety-plan-review" | "veilig-thuis-investigation" | "court-order-expiry" | "machtiging-lapse" | "written-instruction" | "parents-hearing" | "plan-of-action" | "perspective-decision" | "return-review" | "reservation-expiry" | "no-suitable-placement" | "introduction" | "task" | "appointment" | "coming-of-age" | "foster-care-end" | "foster-child-contact" | "development-review" | "help-plan-evaluation" | "aftercare-end" | "complaint-handling" | "destruction-decision" | "correction-answer";
                /** @description Wait (max 5 s) until the read models passed this position ("commit:prepare", from a command response) */
                minPosition?: string;
                overdue?: boolean;
                page?: number;
                pageSize?: number;
                status?: "open" | "met" | "cancelled";
                team?: string;
            };
            header?: {
                "x-min-position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadlineListAnswer"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    DevSignInController_people: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemoPeopleResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    DevSignInController_signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DevSignInRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DevSignInResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    HealthHttpController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthAnswer"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    HealthHttpController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthAnswer"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a check is down: which one, in error and details (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthAnswer"];
                };
            };
        };
    };
    JeugdlinkRequestsHttpController_list: {
        parameters: {
            query?: {
                /** @description Wait (max 5 s) until the read models passed this position ("commit:prepare", from a command response) */
                minPosition?: string;
            };
            header?: {
                "x-min-position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JeugdlinkRequestListAnswer"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    MeHttpController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    MetricsHttpController_scrape: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain; version=0.0.4; charset=utf-8": string;
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    MyFileHttpController_list: {
        parameters: {
            query?: {
                /** @description Wait (max 5 s) until the read models passed this position ("commit:prepare", from a command response) */
                minPosition?: string;
            };
            header?: {
                "x-min-position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyFilesAnswer"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    MyFileHttpController_file: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyFileAnswer"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    MyFileHttpController_accessLogOf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyAccessLogAnswer"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    FamilyRequestsHttpController_fileComplaint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FileComplaintRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    FamilyRequestsHttpController_requestCorrection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestCorrectionRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    FamilyRequestsHttpController_requestDestruction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestDestructionRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    FamilyRequestsHttpController_addOwnStatement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddOwnStatementRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStepResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the resource changed since expectedRevision / If-Match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description a domain rule refuses the step (the rule's code and message) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    PlacementOptionsHttpController_list: {
        parameters: {
            query?: {
                available?: string;
                minPosition?: string;
            };
            header?: {
                "x-min-position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacesAnswer"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    PlacementOptionsHttpController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterPlacementOptionRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacementOptionStepAnswer"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    PlacementOptionsHttpController_changeCapacity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                optionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeCapacityRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacementOptionStepAnswer"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    PlacementOptionsHttpController_pause: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                optionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacementOptionStepAnswer"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    PlacementOptionsHttpController_resume: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                optionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacementOptionStepAnswer"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    PlacementOptionsHttpController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                optionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacementOptionStepAnswer"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    PlaceReservationsHttpController_list: {
        parameters: {
            query?: {
                minPosition?: string;
            };
            header?: {
                "x-min-position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HeldPlacesAnswer"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    PlacementsHttpController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                placementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacementProcessAnswer"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    PlacementsHttpController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                placementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacementStepAnswer"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    PlacementsHttpController_brief: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                placementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacementBriefAnswer"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    PlacementsHttpController_choose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                placementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChooseCandidateRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacementStepAnswer"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    PlacementsHttpController_decline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                placementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacementStepAnswer"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    ReadModelsHttpController_projections: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectionsAnswer"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    StepsHttpController_steps: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StepsResponse"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    ReadModelsHttpController_workload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkloadAnswer"];
                };
            };
            /** @description malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no valid Bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description this role or team may not do this here */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description no such resource, or not one this user reads (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description too many requests from this user (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description an unexpected fault; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description the event store or the read models cannot answer now (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
}
