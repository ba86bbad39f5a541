package org.marac.portal.generator;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.marac.portal.nomination.Strand;
import org.marac.portal.partner.AgencyType;

/**
 * The words of the generated data: names from the communities of an English county, the equality answers
 * they give, the places, and what practitioners write. Invented but plausible; phone numbers come from
 * Ofcom's ranges reserved for drama, email addresses from the reserved example domains.
 */
final class Vocabulary {

    private Vocabulary() {
    }

    /** A community a person's names, language and equality answers come from. */
    enum Community {
        WHITE_BRITISH(
                List.of("Jack", "Oliver", "Harry", "George", "Thomas", "James", "William", "Daniel", "Ryan", "Liam",
                        "Connor", "Callum", "Lewis", "Kieran", "Mark", "Paul", "Steven", "David", "Gary", "Lee",
                        "Darren", "Craig", "Wayne", "Michael", "Andrew", "Shaun", "Dean", "Carl"),
                List.of("Emily", "Olivia", "Sophie", "Chloe", "Jessica", "Lucy", "Hannah", "Charlotte", "Megan", "Amy",
                        "Laura", "Emma", "Rebecca", "Sarah", "Karen", "Julie", "Michelle", "Tracey", "Donna", "Kelly",
                        "Jade", "Gemma", "Lisa", "Nicola", "Claire", "Joanne"),
                List.of("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson",
                        "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson",
                        "Clarke", "Hughes", "Turner", "Hill", "Moore", "Cooper", "Ward", "Harris", "Martin", "Baker",
                        "Holt", "Bailey", "Barker", "Marsh", "Pearson", "Sutton", "Whitehead", "Shaw", "Hardy"),
                "White: English, Welsh, Scottish, Northern Irish or British", List.of("No religion", "Christian"),
                List.of("English")),
        PAKISTANI_BANGLADESHI(
                List.of("Mohammed", "Muhammad", "Ali", "Imran", "Asif", "Tariq", "Bilal", "Usman", "Hamza", "Zain",
                        "Adnan", "Faisal", "Shahid", "Kamran", "Rizwan", "Abdul", "Rashid"),
                List.of("Aisha", "Fatima", "Ayesha", "Zainab", "Maryam", "Sana", "Nadia", "Saima", "Rubina", "Amina",
                        "Hina", "Shabana", "Nasreen", "Farzana", "Rukhsana"),
                List.of("Khan", "Hussain", "Ahmed", "Ali", "Rahman", "Iqbal", "Akhtar", "Begum", "Mahmood", "Shah",
                        "Rashid", "Chaudhry", "Malik", "Butt", "Uddin", "Miah", "Islam", "Hussein", "Bibi"),
                "Asian or Asian British: Pakistani", List.of("Muslim"), List.of("Urdu", "Punjabi", "Bengali", "English")),
        INDIAN_SIKH(
                List.of("Harpreet", "Gurpreet", "Jaspreet", "Manjit", "Sukhwinder", "Balwinder", "Rajinder", "Kuldip",
                        "Harjit", "Jaswinder", "Amarjit", "Ranjit"),
                List.of("Harpreet", "Gurpreet", "Jaspreet", "Manpreet", "Simran", "Kiran", "Navdeep", "Parminder",
                        "Amrit", "Rajwinder"),
                List.of("Singh", "Kaur", "Sandhu", "Gill", "Dhillon", "Sidhu", "Bains", "Johal", "Atwal", "Sahota"),
                "Asian or Asian British: Indian", List.of("Sikh"), List.of("Punjabi", "English")),
        INDIAN_HINDU(
                List.of("Raj", "Ravi", "Sanjay", "Vijay", "Amit", "Rahul", "Arjun", "Deepak", "Nikhil", "Kishan"),
                List.of("Priya", "Anjali", "Sunita", "Meera", "Pooja", "Neha", "Kavita", "Asha", "Shreya", "Divya"),
                List.of("Patel", "Sharma", "Kumar", "Shah", "Mistry", "Parmar", "Chauhan", "Joshi", "Desai", "Mehta"),
                "Asian or Asian British: Indian", List.of("Hindu"), List.of("Gujarati", "Hindi", "English")),
        BLACK_AFRICAN(
                List.of("Chidi", "Emeka", "Kwame", "Kofi", "Tunde", "Segun", "Abdi", "Mohamed", "Yusuf", "Samuel",
                        "Emmanuel", "Abdirahman", "Daniel", "Kelechi"),
                List.of("Amara", "Ngozi", "Chioma", "Adaeze", "Abena", "Efua", "Folake", "Hodan", "Fadumo", "Ayan",
                        "Sahra", "Grace", "Blessing", "Precious"),
                List.of("Okafor", "Okonkwo", "Adeyemi", "Mensah", "Owusu", "Boateng", "Osei", "Adebayo", "Warsame",
                        "Farah", "Abdi", "Hassan", "Jama", "Mohamud", "Nwosu", "Asante"),
                "Black, Black British, Caribbean or African: African", List.of("Christian", "Muslim"),
                List.of("Somali", "Yoruba", "Igbo", "Twi", "English", "English")),
        BLACK_CARIBBEAN(
                List.of("Marcus", "Andre", "Jermaine", "Tyrone", "Delroy", "Leon", "Kemar", "Dwayne", "Winston"),
                List.of("Shanice", "Tanisha", "Keisha", "Simone", "Marcia", "Beverley", "Paulette", "Janelle"),
                List.of("Campbell", "Francis", "Grant", "Reid", "Morgan", "Bennett", "Gordon", "Powell", "Forbes",
                        "McKenzie", "Edwards", "Lewis"),
                "Black, Black British, Caribbean or African: Caribbean", List.of("Christian", "No religion"),
                List.of("English")),
        EASTERN_EUROPEAN(
                List.of("Tomasz", "Piotr", "Krzysztof", "Pawel", "Marek", "Lukasz", "Andrei", "Ionut", "Mihai",
                        "Darius", "Aleksandr", "Dmitri", "Jakub", "Mantas"),
                List.of("Katarzyna", "Agnieszka", "Magdalena", "Anna", "Joanna", "Ioana", "Elena", "Maria", "Ruta",
                        "Olga", "Monika", "Alina"),
                List.of("Nowak", "Kowalski", "Wisniewski", "Wojcik", "Kaminski", "Lewandowski", "Zielinski", "Popescu",
                        "Ionescu", "Stoica", "Kazlauskas", "Petrauskas", "Ivanov", "Horvath", "Dabrowski"),
                "White: Other White", List.of("Christian", "No religion"),
                List.of("Polish", "Romanian", "Lithuanian", "Russian", "English")),
        EAST_ASIAN(
                List.of("Wei", "Jun", "Hao", "Ming", "Jian", "Minh", "Tuan", "Kenji"),
                List.of("Mei", "Xiu", "Lan", "Yan", "Hui", "Linh", "Thu", "Yuki"),
                List.of("Chen", "Wang", "Li", "Zhang", "Liu", "Wong", "Lam", "Cheung", "Ng", "Ho", "Nguyen", "Tran"),
                "Asian or Asian British: Chinese", List.of("No religion", "Buddhist"),
                List.of("Mandarin", "Cantonese", "Vietnamese", "English")),
        ARAB(
                List.of("Ahmad", "Omar", "Khaled", "Youssef", "Karim", "Samir", "Hassan", "Mustafa", "Ibrahim"),
                List.of("Layla", "Noor", "Rania", "Huda", "Salma", "Yasmin", "Dalia", "Mariam"),
                List.of("Haddad", "Al-Masri", "Saleh", "Nasser", "Khalil", "Mansour", "Darwish", "Hamdan", "Aziz"),
                "Other ethnic group: Arab", List.of("Muslim"), List.of("Arabic", "Kurdish", "English")),
        JEWISH(
                List.of("David", "Daniel", "Benjamin", "Samuel", "Jacob", "Joshua", "Aaron", "Nathan", "Eli"),
                List.of("Rachel", "Sarah", "Rebecca", "Leah", "Miriam", "Hannah", "Esther", "Naomi", "Talia"),
                List.of("Cohen", "Levy", "Goldberg", "Rosen", "Shapiro", "Friedman", "Klein", "Stern", "Katz",
                        "Freedman", "Abrahams", "Jacobs"),
                "White: English, Welsh, Scottish, Northern Irish or British", List.of("Jewish"), List.of("English")),
        GYPSY_TRAVELLER(
                List.of("Jimmy", "Tommy", "John", "Patrick", "Michael", "Martin"),
                List.of("Bridget", "Mary", "Margaret", "Kathleen", "Violet", "Nora"),
                List.of("Lee", "Boswell", "Price", "Doherty", "McDonagh", "Connors", "Joyce", "Stanley", "Lovell"),
                "White: Gypsy or Irish Traveller", List.of("Christian"), List.of("English"));

        final List<String> maleNames;
        final List<String> femaleNames;
        final List<String> familyNames;
        final String ethnicity;
        final List<String> religions;
        final List<String> languages;

        Community(List<String> maleNames, List<String> femaleNames, List<String> familyNames, String ethnicity,
                List<String> religions, List<String> languages) {
            this.maleNames = maleNames;
            this.femaleNames = femaleNames;
            this.familyNames = familyNames;
            this.ethnicity = ethnicity;
            this.religions = religions;
            this.languages = languages;
        }
    }

    /** The communities victims of each strand come from, weighted. */
    static final Map<Strand, double[]> VICTIM_COMMUNITIES = Map.of(
            //                      WB    PK    SI    HI    BA    BC    EE    EA    AR    JE    GT
            Strand.RACE, new double[] {4, 22, 6, 6, 16, 9, 16, 9, 6, 1, 5},
            Strand.RELIGION, new double[] {3, 50, 10, 4, 5, 0, 1, 0, 10, 17, 0},
            Strand.SEXUAL_ORIENTATION, new double[] {70, 5, 1, 2, 4, 4, 5, 2, 2, 3, 2},
            Strand.DISABILITY, new double[] {78, 4, 1, 2, 3, 3, 3, 1, 1, 2, 2},
            Strand.TRANSGENDER, new double[] {75, 3, 1, 2, 4, 4, 4, 2, 1, 2, 2});

    /** Perpetrators of hate crime in England are mostly white British; some are not. */
    static final double[] PERPETRATOR_COMMUNITIES = {78, 5, 1, 1, 3, 3, 5, 1, 1, 1, 1};

    /** The religion targeted, by the victim's community, for incidents on the religion strand. */
    static String targetedReligion(Community community, SplittableRandom random) {
        return switch (community) {
            case PAKISTANI_BANGLADESHI, ARAB -> "Muslim";
            case INDIAN_SIKH -> "Sikh";
            case INDIAN_HINDU -> "Hindu";
            case JEWISH -> "Jewish";
            case BLACK_AFRICAN -> random.nextDouble() < 0.7 ? "Muslim" : "Christian";
            default -> random.nextDouble() < 0.5 ? "Christian" : "Muslim";
        };
    }

    /** Other spellings a name is written in: what possible-same-person matching must see through. */
    static final Map<String, List<String>> OTHER_SPELLINGS = Map.ofEntries(
            Map.entry("Mohammed", List.of("Muhammad", "Mohamed", "Mohammad")),
            Map.entry("Muhammad", List.of("Mohammed", "Mohamed")),
            Map.entry("Mohamed", List.of("Mohammed", "Mohamud")),
            Map.entry("Ayesha", List.of("Aisha", "Aysha")),
            Map.entry("Aisha", List.of("Ayesha")),
            Map.entry("Youssef", List.of("Yusuf", "Yousef")),
            Map.entry("Yusuf", List.of("Youssef", "Yousuf")),
            Map.entry("Hussain", List.of("Hussein", "Husain")),
            Map.entry("Hussein", List.of("Hussain")),
            Map.entry("Aleksandr", List.of("Alexander", "Aleksander")),
            Map.entry("Katarzyna", List.of("Kasia")),
            Map.entry("Tomasz", List.of("Tom")),
            Map.entry("Fatima", List.of("Fatimah")),
            Map.entry("Abdirahman", List.of("Abdulrahman")),
            Map.entry("William", List.of("Billy", "Bill")),
            Map.entry("Michael", List.of("Mick", "Mike")),
            Map.entry("Rebecca", List.of("Becky")),
            Map.entry("Margaret", List.of("Maggie", "Peggy")),
            Map.entry("Daniel", List.of("Danny")),
            Map.entry("Samuel", List.of("Sam")));

    static final List<String> GENDER_WOMAN = List.of("Woman", "Female");
    static final List<String> GENDER_MAN = List.of("Man", "Male");
    static final List<String> GENDER_TRANS = List.of("Trans woman", "Trans man", "Non-binary", "Genderfluid");
    static final List<String> ORIENTATIONS = List.of("Straight or heterosexual", "Gay or lesbian", "Bisexual", "Pansexual",
            "Asexual");
    static final List<String> DISABILITIES = List.of("Learning disability", "Physical impairment",
            "Mental health condition", "Sensory impairment (sight)", "Sensory impairment (hearing)", "Autism",
            "Long-term illness");

    static final List<String> STREETS = List.of("Albert", "Victoria", "Church", "Mill", "Station", "Park", "Queen's",
            "King", "Oak", "Beech", "Elm", "Willow", "Chestnut", "Highfield", "Manor", "Grange", "Meadow", "Brook",
            "Hawthorn", "Sycamore", "Alexandra", "Windsor", "Cromwell", "Nelson", "Trent", "Forest", "Castle",
            "Hall", "Orchard", "Sherwood", "Mansfield", "Derby", "Vernon", "Radcliffe", "Belgrave", "Gladstone");
    static final List<String> STREET_TYPES = List.of("Road", "Street", "Avenue", "Close", "Lane", "Drive", "Crescent",
            "Way", "Gardens", "Terrace", "Court", "Walk");

    /** Wards of the two demo areas (Northshire's county town sits where Nottingham's wards are). */
    static final Map<String, List<String>> KNOWN_WARDS = Map.of(
            "Northshire North", List.of("Radford", "Hyson Green", "Arboretum", "Sherwood", "Basford", "Bulwell",
                    "Aspley", "Bestwood", "Berridge", "Mapperley", "Bilborough", "Leen Valley"),
            "Northshire South", List.of("Meadows", "Clifton East", "Clifton West", "Sneinton", "St Ann's", "Dales",
                    "Lenton", "Wollaton West", "Bridge", "Castle", "Hyson Fields", "Trent Bridge"));

    static final List<String> WARD_SUFFIXES = List.of("Central", "North", "South", "East", "West", "Park", "Hill",
            "Green", "Vale", "Fields", "Riverside", "Castle", "Moor", "Common");

    /** Districts of the generated areas. */
    static final List<String> DISTRICTS = List.of("Ashcombe", "Bramley", "Carrowby", "Dunmere", "Edgeley", "Fernhill",
            "Greywell", "Hatherley", "Ingleby", "Jarrowfield", "Kelham", "Langford", "Marston", "Netherfield",
            "Oakworth", "Pelham", "Quarndon", "Rushcliffe Vale", "Stanton", "Thurgarton", "Upton", "Wexley",
            "Yardley Moor", "Ashwell", "Bingley Cross", "Colwick", "Danethorpe", "Elston", "Farndon", "Gonalston",
            "Hoveringham", "Kneeton", "Lowdham", "Morton", "Normanton", "Oxton", "Ruddington", "Shelford", "Tollerton",
            "Whatton");

    /** Outward postcodes (NG as the county town, then the rest of the county). */
    static final List<String> OUTWARD_CODES = List.of("NG1", "NG2", "NG3", "NG4", "NG5", "NG6", "NG7", "NG8", "NG9",
            "NG10", "NG11", "NG12", "NG13", "NG14", "NG15", "NG16", "NG17", "NG18", "NG19", "NG20", "NG21", "NG22",
            "NG23", "NG24", "NG25", "DE7", "DE55", "DE56", "DE72", "DE74", "DE75", "LE11", "LE12", "LE14", "S80",
            "S81", "DN10", "DN11", "DN22", "NG31", "NG32", "NG33", "NG34");

    static final List<String> LOCAL_STRANDS = List.of("Sex or gender", "Alternative subculture", "Age",
            "Homelessness", "Sex workers");

    static final List<String> REPORTING_CENTRES = List.of("Stop Hate Northshire reporting centre",
            "Northshire Mosque reporting centre", "Northshire LGBT+ Switchboard", "Disability Northshire advice centre",
            "Community Security Trust", "Tell MAMA");

    /** The force's agencies: the demo partnership's, then others a county has. */
    record AgencySeed(String name, AgencyType type, double nominationWeight) {
    }

    static final List<AgencySeed> AGENCIES = List.of(
            new AgencySeed("Northshire Police", AgencyType.POLICE, 40),
            new AgencySeed("Northshire Council Community Safety", AgencyType.LOCAL_AUTHORITY, 16),
            new AgencySeed("Northshire Homes", AgencyType.HOUSING, 11),
            new AgencySeed("Northshire Youth Offending Service", AgencyType.YOUTH_OFFENDING, 3),
            new AgencySeed("Victim Support Northshire", AgencyType.VICTIM_SUPPORT, 8),
            new AgencySeed("Stop Hate Northshire reporting centre", AgencyType.THIRD_PARTY_REPORTING_CENTRE, 6),
            new AgencySeed("Northshire Housing Association", AgencyType.HOUSING, 5),
            new AgencySeed("Northshire Healthcare NHS Foundation Trust", AgencyType.HEALTH, 4),
            new AgencySeed("Northshire Schools Safeguarding Team", AgencyType.EDUCATION, 3),
            new AgencySeed("Northshire Children's Services", AgencyType.CHILDRENS_SERVICES, 3),
            new AgencySeed("Probation Service Northshire", AgencyType.PROBATION, 1));

    static final Map<Strand, List<String>> DESCRIPTIONS = Map.of(
            Strand.RACE, List.of(
                    "Racist verbal abuse shouted at the victim in the street; told to go back to their own country.",
                    "Repeated racist abuse from a neighbour over the garden fence; eggs thrown at the front window.",
                    "Racist graffiti sprayed on the victim's front door overnight.",
                    "Assaulted on the way home from work by two men using racist language; cut to the face.",
                    "Racist comments and spitting on a bus; the driver intervened.",
                    "Children from a neighbouring house throw stones at the windows and shout racist names.",
                    "Racist messages and threats sent on social media after the victim posted about a local event.",
                    "Shop targeted with racist abuse by a group of youths; the window was smashed."),
            Strand.RELIGION, List.of(
                    "Headscarf pulled and religious abuse shouted at the victim in the town centre.",
                    "Offensive items left on the doorstep with a note threatening the family because of their faith.",
                    "Antisemitic graffiti on the victim's car and the front of the house.",
                    "Turban knocked off and the victim called a terrorist outside a shop.",
                    "Threatening letters about the victim's faith pushed through the letterbox.",
                    "Abuse and threats online after the victim was identified by their faith in a local community group.",
                    "Stones thrown at worshippers leaving the place of worship; the victim was hit."),
            Strand.SEXUAL_ORIENTATION, List.of(
                    "Homophobic abuse shouted at the victim and their partner while holding hands.",
                    "Assaulted outside a bar by a group using homophobic slurs.",
                    "Neighbour repeatedly calls the victim homophobic names and has damaged their car.",
                    "Outed and threatened in a group chat; the messages were shared at the victim's workplace.",
                    "Homophobic graffiti on the front wall and rubbish pushed through the letterbox."),
            Strand.TRANSGENDER, List.of(
                    "Transphobic abuse on public transport; the victim was filmed and the video posted online.",
                    "Repeatedly misgendered and threatened by neighbours; a window was broken.",
                    "Assaulted in a public toilet by a man shouting transphobic abuse.",
                    "Sustained transphobic harassment online, including threats to publish the victim's address."),
            Strand.DISABILITY, List.of(
                    "Befriended by local youths who then took the victim's money and mocked their learning disability.",
                    "Mobility scooter pushed over and the victim mocked in the street.",
                    "Neighbours mimic the victim's speech and shout abuse about their disability.",
                    "Blue badge stolen from the car and an abusive note left on the windscreen.",
                    "Assistance dog kicked and the victim called names at the bus stop."));

    static final List<String> PLACES = List.of("Outside the victim's home", "In the street near the victim's home",
            "On the bus", "At the victim's workplace", "In the town centre", "Outside a shop", "At the local park",
            "Outside the school gates", "At the place of worship", "In a pub", "At the railway station",
            "In the block's stairwell");

    static final List<String> VICTIM_WORDS = List.of("I don't feel safe in my own home any more.",
            "They only do it because of who I am.", "I've stopped going out after dark.",
            "My children are scared to play outside.", "It happens every week and nobody does anything.",
            "I just want it to stop.", "I'm thinking of moving away.",
            "I didn't report the first few times because I thought nothing would happen.",
            "Because of where I am from.", "They know where I live.");

    static final List<String> REASONS = List.of(
            "Escalating targeted abuse at home; the victim is frightened to go out.",
            "Third incident in six months from the same perpetrators; threats are becoming more serious.",
            "The victim is isolated and vulnerable; the abuse is affecting their mental health.",
            "Community tension in the area after the incident; risk of retaliation.",
            "The perpetrator lives next door and has breached a community protection warning.",
            "Online threats naming the victim's address; risk that they will be carried out.",
            "The family have been targeted repeatedly and the children are now affected.");

    static final List<String> ACTIONS_SO_FAR = List.of(
            "Home visit, target hardening (door and window locks), warning letter to the perpetrator.",
            "Crime recorded and investigation ongoing; safety advice given; referral to Victim Support.",
            "Community protection warning issued; CCTV reviewed; neighbourhood patrols increased.",
            "Housing officer visited; acceptable behaviour contract offered to the perpetrator's household.",
            "Content reported to the platform; statements taken; safeguarding referral made.",
            "Visited and advised; regular welfare calls agreed with the victim.");

    static final List<String> JUDGEMENT_REASONS = List.of(
            "Threats are escalating and the victim has young children.",
            "The victim is socially isolated and the perpetrator has a history of violence.",
            "The assessment understates the risk: the victim minimises what is happening.",
            "Wider community tension makes further attacks likely.");

    static final List<String> DECLINE_REASONS = List.of(
            "Standard risk and managed well by the nominating agency; refer again if incidents continue.",
            "Does not meet the threshold; single-agency support is in place.",
            "Risk has reduced since nomination: the perpetrator has moved away.",
            "Not eligible on the information given; the nominator has been asked for an endorsed assessment.");

    static final List<String> SHARING_REASONS = List.of(
            "Risk of serious harm to the victim and the children; sharing is necessary and proportionate.",
            "The victim lacks capacity to decide about sharing; best-interests decision recorded.",
            "Prevention of further crime against the victim and their neighbours.");

    static final List<String> RATIONALES_HIGH = List.of(
            "Repeat targeting at home with escalating threats and a perpetrator known for violence.",
            "Serious assault with ongoing threats; the victim is too frightened to leave the house.",
            "Organised targeting of the family; weapons mentioned in threats.");
    static final List<String> RATIONALES_MEDIUM = List.of(
            "Ongoing abuse with significant impact, but no threats of violence so far.",
            "Repeated incidents from different people; protective factors in place.");
    static final List<String> RATIONALES_STANDARD = List.of(
            "Isolated incident; the victim has good support around them.",
            "Low-level abuse that has stopped since the perpetrator was warned.");

    static final List<String> ENDORSEMENT_REASONS = List.of(
            "Level changed: the perpetrator's history of violence was not taken into account.",
            "Level changed: the perpetrator has since been rehoused away from the victim.",
            "Level changed after discussion with the assessor and the police intelligence check.");

    static final List<String> ANSWER_NOTES = List.of("Reported by the victim.", "Confirmed by police records.",
            "Seen by the housing officer.", "Neighbours have said the same.", "From the victim's daughter.");

    record PlanSeed(String measure, AgencyType owner) {
    }

    static final List<PlanSeed> PLAN_ITEMS = List.of(
            new PlanSeed("Install a video doorbell and window locks", AgencyType.HOUSING),
            new PlanSeed("Fit a fire-proof letterbox", AgencyType.POLICE),
            new PlanSeed("Regular welfare calls to the victim", AgencyType.VICTIM_SUPPORT),
            new PlanSeed("Patrols past the address at school times", AgencyType.POLICE),
            new PlanSeed("Community protection warning for the perpetrator", AgencyType.LOCAL_AUTHORITY),
            new PlanSeed("Referral to the local mental health service", AgencyType.HEALTH),
            new PlanSeed("Work with the school on bullying of the children", AgencyType.EDUCATION),
            new PlanSeed("Report the online content and ask for its removal", AgencyType.POLICE),
            new PlanSeed("Consider a management transfer", AgencyType.HOUSING),
            new PlanSeed("Support the victim to give a statement", AgencyType.VICTIM_SUPPORT));

    static final List<String> SAFE_HOURS = List.of("Weekdays 10:00 to 16:00", "Evenings after 18:00",
            "Mornings only", "Any time", "School hours only", "Not on Fridays");
    static final List<String> SAFE_VIA = List.of("Daughter's mobile", "Support worker at the day centre",
            "Email only", "Through the housing officer", "Text first, then call");
    static final List<String> VULNERABILITIES = List.of("Learning disability; needs information explained simply.",
            "Lives alone; limited mobility.", "Anxiety and depression since the incidents.",
            "Limited English; relies on the children to interpret.", "Recently bereaved; very isolated.",
            "Hearing impairment; prefers text messages.");

    // ---- MARAC meetings: places, and what the minutes say (never a name: "the victim", agencies by role) ----

    /** Where an area's MARAC meets; {@code %s} is the area's town. */
    static final List<String> MEETING_VENUES = List.of("%s Civic Centre, Committee Room 2", "%s Police Station, conference room",
            "%s Council House, Meeting Room 1", "%s Community Hub, first floor meeting room");
    static final List<java.time.LocalTime> MEETING_TIMES = List.of(java.time.LocalTime.of(9, 30),
            java.time.LocalTime.of(10, 0), java.time.LocalTime.of(13, 30));
    static final List<String> MEETING_CANCELLATIONS = List.of(
            "The venue was unavailable; cases move to the next meeting.",
            "Too few agencies could attend to quorate; cases move to the next meeting.",
            "The chair was unwell and no deputy was available; cases move to the next meeting.");
    static final String NOTHING_DUE = "No cases were due for this meeting.";
    static final List<String> APOLOGIES = List.of("Annual leave", "Court commitment", "Training day",
            "Unwell", "Covering an emergency on duty");
    static final List<String> ITEM_REMOVALS = List.of(
            "The nominating agency could not attend; moved to the next meeting.",
            "Waiting for the police intelligence check; moved to the next meeting.");
    static final List<String> MINUTES_NOTES = List.of(
            "Attendance was good. The partnership thanked the reporting centre for its referrals.",
            "Matters arising: the housing association will bring its new anti-social behaviour policy to the next meeting.",
            "Any other business: training on the risk assessment for new practitioners is planned for next month.",
            "Agencies were reminded to record their research before the agenda closes.");
    static final List<String> FIRST_DISCUSSIONS = List.of(
            "The police summarised the incidents; the victim is frightened to leave home and the abuse is escalating.",
            "The nominating agency described repeated targeting at the victim's home; neighbours have witnessed it.",
            "Agencies shared what they know: the perpetrator is known to housing and has been warned before.",
            "The victim supports the referral and wants the abuse to stop; the children are affected.",
            "Online abuse naming the victim's address; the platform has been asked to remove the posts.",
            "Victim Support has been in contact; the victim's mental health has deteriorated since the incidents.");
    static final List<String> REVIEW_DISCUSSIONS = List.of(
            "Actions reviewed: target hardening is done and there have been no further incidents since the last meeting.",
            "One further incident reported since the last meeting; the police are investigating.",
            "The perpetrator has been warned and has stayed away; the victim feels safer but is still anxious.",
            "The housing transfer is in progress; welfare calls continue and the victim is engaging.",
            "The victim has declined further contact from some agencies; Victim Support stays in touch.");
    static final List<String> FIRST_DECISIONS = List.of(
            "Agreed a safety plan with actions for the police, housing and Victim Support; review at the next meeting.",
            "Agreed target hardening and patrols; the perpetrator to be warned; review at the next meeting.",
            "Agreed a joint visit and referral to support services; review once actions are complete.");
    static final List<String> REVIEW_DECISIONS = List.of(
            "Keep the case open until the outstanding actions are complete; review at the next meeting.",
            "Risk remains; agencies continue their actions and report back at the next meeting.",
            "Further action agreed; review at the next meeting.");
    static final List<String> CLOSING_DECISIONS = List.of(
            "Actions complete and no further incidents: the chair will close the case.",
            "Risk has reduced and single-agency support is in place: to be closed.",
            "The victim has moved out of the area; information passed to the receiving MARAC: to be closed.",
            "The victim does not want further support; agencies agreed the case can be closed with advice given.");
    static final List<String> CLOSURE_NOTES = List.of(
            "Perpetrator in custody; the victim is supported by the nominating agency.",
            "Case transferred to the domestic abuse MARAC because the perpetrator is a family member.",
            "The victim has been rehoused in another force area; its agencies have the information.",
            "Civil injunction granted; agencies agreed no further multi-agency work is needed.");
    /** A remark the chair may add when closing for one of the other reasons. */
    static final Map<org.marac.portal.nomination.ClosureReason, String> CLOSURE_REMARKS = Map.of(
            org.marac.portal.nomination.ClosureReason.RISK_REDUCED, "The nominating agency continues single-agency support.",
            org.marac.portal.nomination.ClosureReason.VICTIM_MOVED_AWAY, "Information passed to the receiving area.",
            org.marac.portal.nomination.ClosureReason.VICTIM_DECLINED_SUPPORT, "Advice given on how to refer again.");

    static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** An index drawn with the given weights. */
    static int weighted(SplittableRandom random, double[] weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double draw = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    static boolean chance(SplittableRandom random, double probability) {
        return random.nextDouble() < probability;
    }

    /** A Poisson count with the given mean (small means only). */
    static int poisson(SplittableRandom random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    /** A postcode in one of the area's districts, like NG7 2AB. */
    static String postcode(SplittableRandom random, List<String> outwardCodes) {
        String letters = "ABDEFGHJLNPQRSTUWXYZ";
        return pick(random, outwardCodes) + " " + random.nextInt(10) + letters.charAt(random.nextInt(letters.length()))
                + letters.charAt(random.nextInt(letters.length()));
    }

    /** A number from Ofcom's ranges for drama: a mobile, or a county-town landline. */
    static String phone(SplittableRandom random) {
        return chance(random, 0.8) ? "07700 900" + String.format("%03d", random.nextInt(1000))
                : "0115 496 0" + String.format("%03d", random.nextInt(1000));
    }

    static String email(SplittableRandom random, String given, String family) {
        String domain = pick(random, List.of("example.com", "example.org", "example.net"));
        return (given + "." + family).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z.]", "")
                + (random.nextInt(90) + 10) + "@" + domain;
    }
}
