package com.dorsum.plans;

/** A medicine a plan can give guidance on, with the group the medication rules know it by (R14, R15). */
public enum Medicine {
    IBUPROFEN("Ibuprofen", MedicineClass.NSAID),
    NAPROXEN("Naproxen", MedicineClass.NSAID),
    ASPIRIN("Aspirin", MedicineClass.NSAID),
    ACETAMINOPHEN("Acetaminophen (paracetamol, Tylenol)", MedicineClass.ACETAMINOPHEN),
    CYCLOBENZAPRINE("Cyclobenzaprine (muscle relaxant)", MedicineClass.MUSCLE_RELAXANT),
    METHOCARBAMOL("Methocarbamol (muscle relaxant)", MedicineClass.MUSCLE_RELAXANT);

    private final String label;
    private final MedicineClass group;

    Medicine(String label, MedicineClass group) {
        this.label = label;
        this.group = group;
    }

    public String label() {
        return label;
    }

    public MedicineClass group() {
        return group;
    }

    public boolean isNsaid() {
        return group == MedicineClass.NSAID;
    }
}
