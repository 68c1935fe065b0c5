package com.dorsum.demo;

import com.dorsum.people.PatientDetails;
import com.dorsum.people.Sex;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;

/** Patients' names for the demo clinic, each given name with the sex it usually goes with. */
final class Names {

    /** The first patients, in the order the integration tests know them (Anna first, Ben second). */
    private static final String[] FIRST = {"Anna", "Ben", "Clara", "David", "Emma", "Felix", "Greta", "Hannes",
        "Ida", "Jonas", "Klara", "Lukas", "Mia", "Noah", "Olivia", "Paul", "Rosa", "Samuel", "Tilda", "Victor",
        "Wanda", "Yusuf", "Zoe", "Marta", "Omar"};
    private static final String[] FIRST_FAMILY = {"Achterberg", "Brandt", "Castell", "Dietrich", "Ebner", "Falk",
        "Graf", "Hartmann", "Imhof", "Jansen", "Keller", "Lorenz", "Maurer", "Neumann", "Ostertag", "Peters",
        "Quandt", "Richter", "Seidel", "Thiel", "Ulrich", "Vogt", "Weber", "Xander", "Yilmaz", "Ziegler"};

    private static final String[] WOMEN = {"Anna", "Clara", "Emma", "Greta", "Ida", "Klara", "Mia", "Olivia",
        "Rosa", "Tilda", "Wanda", "Zoe", "Marta", "Lena", "Sophie", "Hannah", "Lea", "Johanna", "Leonie", "Frieda",
        "Paula", "Nora", "Elif", "Amira", "Katrin", "Sabine", "Monika", "Petra", "Ingrid", "Ayse", "Julia", "Eva",
        "Helga", "Birgit", "Maja", "Lina", "Charlotte", "Irina", "Natalia", "Ute"};
    private static final String[] MEN = {"Ben", "David", "Felix", "Hannes", "Jonas", "Lukas", "Noah", "Paul",
        "Samuel", "Victor", "Yusuf", "Omar", "Max", "Leon", "Finn", "Elias", "Moritz", "Jan", "Tobias", "Stefan",
        "Thomas", "Michael", "Andreas", "Mehmet", "Karim", "Jürgen", "Klaus", "Dieter", "Matthias", "Florian",
        "Sebastian", "Markus", "Emil", "Anton", "Oskar", "Henrik", "Piotr", "Dmitri", "Ali", "Georg"};
    private static final String[] FAMILY = {"Bauer", "Becker", "Schulz", "Hoffmann", "Koch", "Schröder", "Wolf",
        "Braun", "Zimmermann", "Krüger", "Hofmann", "Lange", "Schmitt", "Werner", "Krause", "Meier", "Lehmann",
        "Köhler", "Herrmann", "König", "Walter", "Mayer", "Huber", "Kaiser", "Fuchs", "Lang", "Scholz", "Möller",
        "Weiß", "Jung", "Hahn", "Schubert", "Vogel", "Friedrich", "Günther", "Frank", "Berger", "Winkler", "Roth",
        "Beck", "Lorenz", "Baumann", "Franke", "Albrecht", "Schuster", "Simon", "Ludwig", "Böhm", "Winter",
        "Kraus", "Martin", "Schumacher", "Krämer", "Vogt", "Stein", "Jäger", "Otto", "Sommer", "Groß", "Seidel"};

    private Names() {
    }

    /** The n-th patient: the first 50 as they always were, then names drawn from the seed. */
    static PatientDetails patient(int n, Random random) {
        String given;
        String family;
        LocalDate birth;
        if (n < 50) {
            given = FIRST[n % FIRST.length];
            family = FIRST_FAMILY[(n * 7) % FIRST_FAMILY.length];
            birth = LocalDate.of(1950 + (n * 3) % 50, 1 + n % 12, 1 + (n * 5) % 28);
        } else {
            boolean woman = random.nextBoolean();
            given = woman ? WOMEN[random.nextInt(WOMEN.length)] : MEN[random.nextInt(MEN.length)];
            family = FAMILY[random.nextInt(FAMILY.length)];
            birth = LocalDate.of(1945 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28));
        }
        Sex sex = isWoman(given) ? Sex.FEMALE : Sex.MALE;
        String mail = (ascii(given) + "." + ascii(family)).toLowerCase(Locale.ROOT) + (n < 50 ? "" : "." + n)
                + "@example.org";
        return new PatientDetails(given, family, birth, sex, String.format("+49 30 555%04d", n), mail);
    }

    private static boolean isWoman(String given) {
        for (String woman : WOMEN) {
            if (woman.equals(given)) {
                return true;
            }
        }
        return false;
    }

    private static String ascii(String name) {
        return name.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
    }
}
