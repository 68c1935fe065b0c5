package com.dorsum.plans;

/**
 * The home-care items a clinician can put in a plan, each carrying the source guide's instructions (R16 cold and
 * heat, R17 exercise, posture and sleep, R13 stress practices) in the words the patient reads. Ice is for the first
 * days of an acute injury, so it lasts two days unless the clinician says otherwise; the others go on until ended.
 */
public enum HomeCareTemplate {
    ICE("R16", "Ice the sore area", 2,
            "For an acute injury (the first 48 hours): ice for 20 minutes every two to three hours for a couple of "
                    + "days, then less often as the pain and swelling settle. Always wrap the ice or gel pack in a thin "
                    + "towel to protect your skin from frostbite; a wrap-around elastic support helps control the "
                    + "inflammation."),
    EPSOM_BATH("R16", "Warm Epsom-salt bath", null,
            "Soak your back in a warm Epsom-salt bath to ease pain and swelling from a muscle strain. Don't make the "
                    + "water too hot, and don't soak for much more than 30 minutes: the salty water starts to "
                    + "dehydrate you. If swelling is a problem, follow the bath with cold therapy until your back "
                    + "feels numb (about 15 minutes)."),
    STRETCHES("R17", "Stretches", null,
            "Use slow, steady movements and breathe deeply. Hold each stretch for about 30 seconds and repeat three "
                    + "to five times a day: kneel and bend forward, walking your fingers ahead; standing, hands "
                    + "behind your head, arch your back gently; standing, rotate your upper body to one side, then "
                    + "the other."),
    FOAM_ROLLER("R17", "Foam roller", null,
            "Lie on your back with a firm foam roller across the floor under your shoulders, feet flat and knees "
                    + "bent. Lift your lower back and roll back and forth so your whole spine is massaged, for at "
                    + "least 10 minutes. Your muscles may be a little sore the first time."),
    TENNIS_BALL("R17", "Tennis ball between the shoulder blades", null,
            "Put a tennis ball under your back between your shoulder blades (or wherever it hurts) and roll on it "
                    + "slowly for 10 to 15 minutes, a few times a day, until the pain subsides."),
    WALKS("R17", "Short walks instead of bed rest", null,
            "Total bed rest does not help back pain. Keep moving: even short, leisurely walks stimulate blood flow "
                    + "and healing."),
    POSTURE("R17", "Posture and workstation", null,
            "Sit up straight; don't slouch or lean to one side. If your pain comes from work, ask about a "
                    + "different task or about better ergonomics at your workstation."),
    SLEEP("R17", "Mattress, pillow and sleeping position", null,
            "A mattress that is too soft or a pillow that is too thick can add to upper back pain. Avoid sleeping "
                    + "on your stomach: it twists your head and neck."),
    STRESS_PRACTICES("R13", "Stress relief", null,
            "Meditation, tai chi and breathing exercises help relieve stress and chronic pain and help prevent "
                    + "future injury.");

    private final String rule;
    private final String title;
    private final Integer defaultDays;
    private final String instructions;

    HomeCareTemplate(String rule, String title, Integer defaultDays, String instructions) {
        this.rule = rule;
        this.title = title;
        this.defaultDays = defaultDays;
        this.instructions = instructions;
    }

    public String rule() {
        return rule;
    }

    public String title() {
        return title;
    }

    /** How many days the item lasts when the clinician gives no last day; null: until the plan changes. */
    public Integer defaultDays() {
        return defaultDays;
    }

    public String instructions() {
        return instructions;
    }
}
