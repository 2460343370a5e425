/// The method's words in the three languages, as METHOD.md names them.
public protocol Named {
    var name: Translation { get }
}

extension Named {
    public func name(_ language: Language) -> String { name[language] }
}

extension ItemKind: Named {
    public var name: Translation {
        switch self {
        case .information: Translation(nn: "Informasjonssak", nb: "Informasjonssak", en: "Information")
        case .discussion: Translation(nn: "Drøftingssak", nb: "Drøftingssak", en: "Discussion")
        case .decision: Translation(nn: "Avgjerdssak", nb: "Beslutningssak", en: "Decision")
        case .session: Translation(nn: "Økt", nb: "Økt", en: "Session")
        case .ourProblem: Translation(nn: "Vårt problem", nb: "Vårt problem", en: "Our problem")
        }
    }
}

extension StepMode: Named {
    public var name: Translation {
        switch self {
        case .present: Translation(nn: "presentasjon", nb: "presentasjon", en: "presentation")
        case .round: Translation(nn: "runde", nb: "runde", en: "round")
        case .conclusion: Translation(nn: "konklusjon", nb: "konklusjon", en: "conclusion")
        case .amend: Translation(nn: "endre forslaget", nb: "endre forslaget", en: "amend the proposal")
        case .consent: Translation(nn: "samtykkerunde", nb: "samtykkerunde", en: "consent round")
        }
    }
}

extension Attendance: Named {
    public var name: Translation {
        switch self {
        case .unknown: Translation(nn: "ikkje registrert", nb: "ikke registrert", en: "not recorded")
        case .present: Translation(nn: "til stades", nb: "til stede", en: "present")
        case .absent: Translation(nn: "fråverande", nb: "fraværende", en: "absent")
        case .guest: Translation(nn: "gjest", nb: "gjest", en: "guest")
        }
    }
}

extension Role: Named {
    public var name: Translation {
        switch self {
        case .purposeGuardian: Translation(nn: "føremålsvaktar", nb: "formålsvokter", en: "purpose guardian")
        case .facilitator: Translation(nn: "fasilitator", nb: "fasilitator", en: "facilitator")
        case .scribe: Translation(nn: "skrivar", nb: "referent", en: "scribe")
        case .personnel: Translation(nn: "formelt personalansvarleg", nb: "formelt personalansvarlig", en: "line manager")
        case .forecasting: Translation(nn: "prognoseansvarleg", nb: "prognoseansvarlig", en: "forecasting")
        case .costControl: Translation(nn: "kostnadskontrollør", nb: "kostnadskontrollør", en: "cost controller")
        case .costApproval: Translation(nn: "kostnadsgodkjennar", nb: "kostnadsgodkjenner", en: "cost approver")
        case .lawAndAgreements: Translation(nn: "lov- og avtaleansvarleg", nb: "lov- og avtaleansvarlig", en: "law and agreements")
        case .crisisPreparedness: Translation(nn: "krise- og beredskapsansvarleg", nb: "krise- og beredskapsansvarlig", en: "crisis preparedness")
        case .unionRepresentative: Translation(nn: "tillitsvald", nb: "tillitsvalgt", en: "union representative")
        case .safetyRepresentative: Translation(nn: "verneombod", nb: "verneombud", en: "safety representative")
        }
    }
}

extension ItemStatus: Named {
    public var name: Translation {
        switch self {
        case .pending: Translation(nn: "ikkje handsama", nb: "ikke behandlet", en: "not dealt with")
        case .active: Translation(nn: "i gang", nb: "i gang", en: "under way")
        case .done: Translation(nn: "ferdig", nb: "ferdig", en: "done")
        case .withdrawn: Translation(nn: "trekt", nb: "trukket", en: "withdrawn")
        case .postponed: Translation(nn: "utsett", nb: "utsatt", en: "postponed")
        }
    }
}

extension ActionStatus: Named {
    public var name: Translation {
        switch self {
        case .open: Translation(nn: "open", nb: "åpen", en: "open")
        case .done: Translation(nn: "utført", nb: "utført", en: "done")
        case .cancelled: Translation(nn: "avlyst", nb: "avlyst", en: "cancelled")
        }
    }
}

extension RoundPurpose: Named {
    public var name: Translation {
        switch self {
        case .checkIn: Translation(nn: "Innsjekk", nb: "Innsjekk", en: "Check-in")
        case .item: Translation(nn: "Runde", nb: "Runde", en: "Round")
        case .consent: Translation(nn: "Samtykkerunde", nb: "Samtykkerunde", en: "Consent round")
        case .checkOut: Translation(nn: "Utsjekk", nb: "Utsjekk", en: "Check-out")
        }
    }
}

/// The check-in round (*innsjekk*) and its question.
public enum CheckIn {
    /// The question runde asks when neither the meeting nor the team sets one: how each one is,
    /// and whatever the others should know before the meeting starts.
    public static let defaultQuestion = Translation(
        nn: "Korleis har du det, og er det noko vi bør vite før vi byrjar?",
        nb: "Hvordan har du det, og er det noe vi bør vite før vi begynner?",
        en: "How are you, and is there anything we should know before we start?")

    /// The question a meeting planned now asks: its own, else the team's, else the default in
    /// `language`.
    public static func question(_ own: String?, team: Team, _ language: Language) -> String {
        own?.trimmedOrNil ?? team.checkIn?.trimmedOrNil ?? defaultQuestion[language]
    }
}
