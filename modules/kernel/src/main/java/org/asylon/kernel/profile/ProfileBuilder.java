package org.asylon.kernel.profile;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.asylon.kernel.profile.ProfileFile.Entry;
import org.asylon.kernel.profile.ProfileFile.Section;

/**
 * Turns a chain of parsed files into a {@link LegalProfile}: applies inheritance, then validates
 * every value.
 *
 * <p><b>Inheritance.</b> Files are applied from the root ancestor down to the requested profile.
 * For the {@code [calendar]} section and for each {@code [rule x]} section, a child's keys replace
 * the parent's keys of the same name and add new keys; keys it does not write are inherited. A rule
 * section that contains {@code override = whole} discards everything the ancestors wrote for that
 * rule, so the child must write it completely (use it when the kind changes or list items must go).
 * The {@code [profile]} section is never inherited: each file has its own name and title.
 * Validation runs on the merged result, so a child that changes only {@code duration} of a rule is
 * checked together with the inherited anchor and basis.
 */
final class ProfileBuilder {

    private static final Set<String> PROFILE_KEYS =
            Set.of("name", "title", "extends", "applies-from", "note");
    private static final Set<String> REGIME_KEYS =
            Set.of("name", "title", "instrument", "parties", "extends", "applies-from", "note");
    private static final Set<String> COMMON_KEYS =
            Set.of("kind", "basis", "status", "source", "note");
    private static final Map<RuleKind, Set<String>> VALUE_KEYS =
            Map.of(
                    RuleKind.DEADLINE, Set.of("duration", "counting", "anchor", "applies-if"),
                    RuleKind.FLAG, Set.of("value"),
                    RuleKind.NUMBER, Set.of("value"),
                    RuleKind.TEXT, Set.of("value"),
                    RuleKind.CHOICE, Set.of("value", "options"),
                    RuleKind.LIST, Set.of());
    private static final Pattern ITEM_KEY =
            Pattern.compile("item\\.([a-z0-9]+(?:-[a-z0-9]+)*)\\.([a-z]+)");
    private static final Set<String> ITEM_FIELDS =
            Set.of("label", "basis", "status", "source", "note");
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    /** What a file is: a state's legal profile or a readmission regime it names. */
    enum Kind {
        PROFILE("profile", ProfileLoader.EXTENSION, PROFILE_KEYS, "name and title"),
        REGIME("regime", Regime.EXTENSION, REGIME_KEYS, "name, title, instrument and parties");

        final String section;
        final String extension;
        final Set<String> keys;
        final String requiredKeys;

        Kind(String section, String extension, Set<String> keys, String requiredKeys) {
            this.section = section;
            this.extension = extension;
            this.keys = keys;
            this.requiredKeys = requiredKeys;
        }

        /** A rule of this kind of file: a regime's rules are those of module readmission-regime. */
        boolean owns(CatalogueRule rule) {
            return rule.module().equals(Catalogues.REGIME_MODULE) == (this == REGIME);
        }
    }

    /**
     * Loads a regime a profile names, with the profile's calendar; {@code at} is the item's line.
     */
    interface RegimeSource {
        Regime load(String code, ProfileCalendar calendar, SourceLocation at, String subject);
    }

    /**
     * The {@code [profile]} or {@code [regime]} section of one file; {@code instrument} and {@code
     * parties} only for a regime.
     */
    record Header(
            String name,
            String title,
            Optional<String> parent,
            SourceLocation at,
            SourceLocation parentAt,
            Optional<LocalDate> appliesFrom,
            String instrument,
            String parties) {}

    /**
     * A section after inheritance: merged keys, the most specific header and the profile that wrote
     * it.
     */
    private record Merged(
            String subject, Map<String, Entry> entries, SourceLocation at, String profile) {}

    /** The calendar (profiles only) and rule sections of a chain, merged. */
    private record Collected(Merged calendar, Map<String, Merged> rules) {}

    private final Catalogues catalogues;
    private final RegimeSource regimes;

    ProfileBuilder(Catalogues catalogues, RegimeSource regimes) {
        this.catalogues = catalogues;
        this.regimes = regimes;
    }

    /**
     * Reads and checks the {@code [profile]} section; {@code expectedName} comes from the file
     * name.
     */
    static Header header(ProfileFile file, String expectedName) {
        return header(file, expectedName, Kind.PROFILE);
    }

    /** Reads and checks the {@code [profile]} or {@code [regime]} section. */
    static Header header(ProfileFile file, String expectedName, Kind kind) {
        Section s = file.sections().get(kind.section);
        if (s == null) {
            throw ProfileException.at(
                    new SourceLocation(file.fileName(), 1),
                    "section [" + kind.section + "]",
                    "missing; every "
                            + kind.section
                            + " file starts with ["
                            + kind.section
                            + "] giving "
                            + kind.requiredKeys);
        }
        checkKeys(s.entries(), kind.keys, s.subject(), "a [" + kind.section + "] section");
        String name = required(s.entries(), "name", s.at(), s.subject());
        if (!name.equals(expectedName)) {
            throw ProfileException.at(
                    s.entries().get("name").at(),
                    s.subject(),
                    "name '"
                            + name
                            + "' does not match the file name '"
                            + expectedName
                            + kind.extension
                            + "'");
        }
        String title = required(s.entries(), "title", s.at(), s.subject());
        String instrument = null;
        String parties = null;
        if (kind == Kind.REGIME) {
            instrument = required(s.entries(), "instrument", s.at(), s.subject());
            parties = required(s.entries(), "parties", s.at(), s.subject());
        }
        Entry ext = s.entries().get("extends");
        Optional<String> parent = Optional.empty();
        if (ext != null) {
            if (!ProfileFile.RULE_NAME.matcher(ext.value()).matches()) {
                throw ProfileException.at(
                        ext.at(),
                        s.subject(),
                        "bad parent " + kind.section + " name '" + ext.value() + "'");
            }
            parent = Optional.of(ext.value());
        }
        Entry from = s.entries().get("applies-from");
        Optional<LocalDate> appliesFrom =
                from == null
                        ? Optional.empty()
                        : Optional.of(date(from.value(), from.at(), s.subject()));
        optional(s.entries(), "note", s.subject());
        return new Header(
                name,
                title,
                parent,
                s.at(),
                ext == null ? null : ext.at(),
                appliesFrom,
                instrument,
                parties);
    }

    /**
     * Builds the profile and loads the regimes it names. {@code chain} is the requested file first,
     * then its ancestors; {@code headers} matches it.
     */
    LegalProfile build(List<ProfileFile> chain, List<Header> headers) {
        Collected c = collect(chain, headers, Kind.PROFILE);
        Header own = headers.get(0);
        ProfileCalendar cal = calendar(c.calendar(), own);
        Map<String, Rule> built = rules(c.rules(), own, Kind.PROFILE);
        List<Regime> bound = new ArrayList<>();
        Merged named = c.rules().get(Regime.STATE_RULE);
        if (named != null) {
            for (ListItem item :
                    built.get(Regime.STATE_RULE).as(RuleValue.Items.class, RuleKind.LIST).items()) {
                bound.add(
                        regimes.load(
                                item.code(),
                                cal,
                                itemAt(named, item.code()),
                                named.subject() + ", item " + item.code()));
            }
        }
        List<String> lineage = headers.stream().map(Header::name).toList();
        return new LegalProfile(
                own.name(), own.title(), lineage, own.appliesFrom(), cal, built, catalogues, bound);
    }

    /**
     * Builds a regime named by a state profile: its rules with the state's {@code calendar}. {@code
     * chain} is the regime file first, then the regimes it extends.
     */
    Regime buildRegime(List<ProfileFile> chain, List<Header> headers, ProfileCalendar calendar) {
        Collected c = collect(chain, headers, Kind.REGIME);
        Header own = headers.get(0);
        Map<String, Rule> built = rules(c.rules(), own, Kind.REGIME);
        closedCodes(
                c.rules(), built, Regime.REQUEST_KINDS_RULE, Regime.REQUEST_KINDS, "request kind");
        closedCodes(
                c.rules(),
                built,
                Regime.SHARED_FIELDS_RULE,
                Regime.SHAREABLE_FIELDS,
                "shareable field");
        List<String> lineage = headers.stream().map(Header::name).toList();
        LegalProfile rules =
                new LegalProfile(
                        own.name(),
                        own.title(),
                        lineage,
                        own.appliesFrom(),
                        calendar,
                        built,
                        catalogues,
                        List.of());
        return new Regime(own.name(), own.title(), own.instrument(), own.parties(), rules);
    }

    private Collected collect(List<ProfileFile> chain, List<Header> headers, Kind kind) {
        Merged calendar = null;
        Map<String, Merged> rules = new LinkedHashMap<>();
        for (int i = chain.size() - 1; i >= 0; i--) {
            ProfileFile file = chain.get(i);
            String profile = headers.get(i).name();
            for (Section s : file.sections().values()) {
                if (s.type().equals("calendar")) {
                    if (kind == Kind.REGIME) {
                        throw ProfileException.at(
                                s.at(),
                                s.subject(),
                                "a regime has no calendar: its limits are counted with the"
                                        + " calendar of the state profile that names it");
                    }
                    calendar = merge(calendar, s, profile, false);
                } else if (s.type().equals("rule")) {
                    Entry override = s.entries().get("override");
                    boolean whole = false;
                    if (override != null) {
                        if (!override.value().equals("whole") && !override.value().equals("keys")) {
                            throw ProfileException.at(
                                    override.at(),
                                    s.subject(),
                                    "override must be 'keys' (default) or 'whole', found '"
                                            + override.value()
                                            + "'");
                        }
                        whole = override.value().equals("whole");
                    }
                    rules.put(s.name(), merge(rules.get(s.name()), s, profile, whole));
                } else if (!s.type().equals(kind.section)) {
                    throw ProfileException.at(
                            s.at(),
                            s.subject(),
                            kind == Kind.PROFILE
                                    ? "a [regime] section belongs in a regime file ("
                                            + Regime.FOLDER
                                            + "<code>"
                                            + Regime.EXTENSION
                                            + "), not in a profile"
                                    : "a regime file starts with [regime], not [profile]");
                }
            }
        }
        return new Collected(calendar, rules);
    }

    /**
     * Builds and checks the rules of one file kind, then the catalogue's requirements of that kind.
     */
    private Map<String, Rule> rules(Map<String, Merged> rules, Header own, Kind kind) {
        Map<String, Rule> built = new LinkedHashMap<>();
        for (Map.Entry<String, Merged> e : rules.entrySet()) {
            built.put(e.getKey(), rule(e.getKey(), e.getValue(), kind));
        }
        for (Rule rule : built.values()) {
            if (rule.kind() == RuleKind.DEADLINE && rule.deadline().appliesIf().isPresent()) {
                String flag = rule.deadline().appliesIf().get();
                if (!built.containsKey(flag) || built.get(flag).kind() != RuleKind.FLAG) {
                    throw ProfileException.at(
                            rule.definedIn(),
                            "rule " + rule.name(),
                            "applies-if must name a flag rule"
                                    + " of this "
                                    + kind.section
                                    + ", found '"
                                    + flag
                                    + "'");
                }
            }
        }
        for (CatalogueRule required : catalogues.rules().values()) {
            if (!kind.owns(required)) {
                continue;
            }
            if (required.required() && !built.containsKey(required.name())) {
                throw ProfileException.at(
                        own.at(),
                        "rule " + required.name(),
                        "required rule missing (a "
                                + required.kind()
                                + " used by module "
                                + required.module()
                                + "; see rules.catalogue)");
            }
            if (required.conditional()
                    && !built.containsKey(required.name())
                    && required.requiredIf().stream().allMatch(c -> c.holds(built))) {
                String because =
                        String.join(
                                " and ",
                                required.requiredIf().stream()
                                        .map(CatalogueRule.Condition::because)
                                        .toList());
                throw ProfileException.at(
                        own.at(),
                        "rule " + required.name(),
                        "required rule missing (a "
                                + required.kind()
                                + " used by module "
                                + required.module()
                                + ", required because "
                                + because
                                + "; see rules.catalogue)");
            }
        }
        return built;
    }

    /**
     * The catalogue cannot restrict item codes, but the readmission module knows only these: a code
     * outside {@code allowed} (a field of a claim, an unknown request kind) is refused at its line.
     */
    private static void closedCodes(
            Map<String, Merged> merged,
            Map<String, Rule> built,
            String ruleName,
            Set<String> allowed,
            String what) {
        Rule rule = built.get(ruleName);
        if (rule == null) {
            return;
        }
        for (ListItem item : rule.as(RuleValue.Items.class, RuleKind.LIST).items()) {
            if (!allowed.contains(item.code())) {
                Merged m = merged.get(ruleName);
                throw ProfileException.at(
                        itemAt(m, item.code()),
                        m.subject() + ", item " + item.code(),
                        "not a "
                                + what
                                + " the readmission module knows (one of "
                                + String.join(", ", allowed)
                                + ")");
            }
        }
    }

    /** Where a list item was written: the line of its first key. */
    private static SourceLocation itemAt(Merged m, String code) {
        String prefix = "item." + code + ".";
        return m.entries().values().stream()
                .filter(e -> e.key().startsWith(prefix))
                .map(Entry::at)
                .findFirst()
                .orElse(m.at());
    }

    private static Merged merge(Merged parent, Section child, String profile, boolean whole) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        if (parent != null && !whole) {
            entries.putAll(parent.entries());
        }
        for (Entry e : child.entries().values()) {
            if (!e.key().equals("override")) {
                entries.put(e.key(), e);
            }
        }
        return new Merged(child.subject(), entries, child.at(), profile);
    }

    // ---- calendar
    // -------------------------------------------------------------------------------------

    private ProfileCalendar calendar(Merged m, Header own) {
        if (m == null) {
            throw ProfileException.at(
                    own.at(),
                    "section [calendar]",
                    "missing; the profile or one of its parents must have a [calendar] section");
        }
        Set<String> allowed = new TreeSet<>();
        for (String key : ProfileCalendar.KEYS) {
            allowed.add(key);
            allowed.add(key + ".status");
            allowed.add(key + ".basis");
            allowed.add(key + ".note");
        }
        checkKeys(m.entries(), allowed, m.subject(), "the [calendar] section");
        Map<String, CalendarSetting> settings = new HashMap<>();
        for (String key : ProfileCalendar.KEYS) {
            Entry value = m.entries().get(key);
            if (value == null) {
                throw ProfileException.at(m.at(), m.subject(), "missing key '" + key + "'");
            }
            String statusText = required(m.entries(), key + ".status", m.at(), m.subject());
            LegalStatus status =
                    status(statusText, m.entries().get(key + ".status").at(), m.subject());
            settings.put(
                    key,
                    new CalendarSetting(
                            key,
                            value.value(),
                            status,
                            optional(m.entries(), key + ".basis", m.subject()),
                            optional(m.entries(), key + ".note", m.subject()),
                            value.at()));
        }
        Entry zoneEntry = m.entries().get("zone");
        ZoneId zone;
        try {
            zone = ZoneId.of(zoneEntry.value());
        } catch (DateTimeException e) {
            throw ProfileException.at(
                    zoneEntry.at(),
                    m.subject(),
                    "unknown time zone '"
                            + zoneEntry.value()
                            + "' (IANA name expected, e.g. Europe/Brussels or UTC)");
        }
        Entry weekendEntry = m.entries().get("weekend");
        Set<DayOfWeek> weekend = EnumSet.noneOf(DayOfWeek.class);
        for (String day : split(weekendEntry.value())) {
            try {
                weekend.add(DayOfWeek.valueOf(day.toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw ProfileException.at(
                        weekendEntry.at(),
                        m.subject(),
                        "unknown day '" + day + "' (MONDAY ... SUNDAY)");
            }
        }
        if (weekend.size() == 7) {
            throw ProfileException.at(
                    weekendEntry.at(),
                    m.subject(),
                    "a weekend of seven days leaves no working day");
        }
        Entry holidaysEntry = m.entries().get("holidays");
        Map<LocalDate, String> holidays = new HashMap<>();
        for (String h : split(holidaysEntry.value())) {
            String[] parts = h.split("\\s+", 2);
            LocalDate date = date(parts[0], holidaysEntry.at(), m.subject());
            if (parts.length < 2) {
                throw ProfileException.at(
                        holidaysEntry.at(),
                        m.subject(),
                        "holiday " + parts[0] + " has no name (write '2026-12-25 Christmas Day')");
            }
            if (holidays.put(date, parts[1].strip()) != null) {
                throw ProfileException.at(
                        holidaysEntry.at(), m.subject(), "holiday " + date + " listed twice");
            }
        }
        Entry firstEntry = m.entries().get("first-day");
        ProfileCalendar.FirstDay firstDay = ProfileCalendar.FirstDay.parse(firstEntry.value());
        if (firstDay == null) {
            throw ProfileException.at(
                    firstEntry.at(),
                    m.subject(),
                    "first-day must be 'next-day' or 'same-day', found '"
                            + firstEntry.value()
                            + "'");
        }
        boolean roll = bool(m.entries().get("roll-forward"), m.subject());
        return new ProfileCalendar(zone, weekend, holidays, firstDay, roll, settings);
    }

    // ---- rules
    // ----------------------------------------------------------------------------------------

    private Rule rule(String name, Merged m, Kind file) {
        String subject = m.subject();
        Optional<CatalogueRule> declared = catalogues.rule(name);
        if (declared.isEmpty() && !name.startsWith(Catalogues.LOCAL_PREFIX)) {
            throw ProfileException.at(
                    m.at(),
                    subject,
                    "unknown rule: not in rules.catalogue (a state's own rules "
                            + "must be named local.*)");
        }
        if (declared.isPresent() && !file.owns(declared.get())) {
            throw ProfileException.at(
                    m.at(),
                    subject,
                    file == Kind.PROFILE
                            ? "a rule of a readmission regime (module "
                                    + Catalogues.REGIME_MODULE
                                    + "): it belongs in a regime file "
                                    + Regime.FOLDER
                                    + "<code>"
                                    + Regime.EXTENSION
                                    + " that "
                                    + Regime.STATE_RULE
                                    + " names, not in a profile"
                            : "a state rule (module "
                                    + declared.get().module()
                                    + "): a regime file defines only rules of module "
                                    + Catalogues.REGIME_MODULE
                                    + " (and local.*); state rules belong in the profile");
        }
        String kindText = required(m.entries(), "kind", m.at(), subject);
        RuleKind kind = RuleKind.parse(kindText);
        Entry kindEntry = m.entries().get("kind");
        if (kind == null) {
            throw ProfileException.at(
                    kindEntry.at(),
                    subject,
                    "unknown kind '" + kindText + "' (one of " + RuleKind.codes() + ")");
        }
        if (declared.isPresent() && declared.get().kind() != kind) {
            throw ProfileException.at(
                    kindEntry.at(),
                    subject,
                    "kind '"
                            + kind
                            + "' but rules.catalogue declares '"
                            + declared.get().kind()
                            + "'");
        }
        Set<String> allowed = new TreeSet<>(COMMON_KEYS);
        allowed.addAll(VALUE_KEYS.get(kind));
        for (Entry e : m.entries().values()) {
            boolean item = kind == RuleKind.LIST && ITEM_KEY.matcher(e.key()).matches();
            if (!allowed.contains(e.key()) && !item) {
                String extra =
                        kind == RuleKind.LIST ? ", item.<code>.label|basis|status|source|note" : "";
                throw ProfileException.at(
                        e.at(),
                        subject,
                        "unknown key '"
                                + e.key()
                                + "' for a "
                                + kind
                                + " rule (allowed: "
                                + String.join(", ", allowed)
                                + extra
                                + ")");
            }
        }
        String basis = required(m.entries(), "basis", m.at(), subject);
        LegalStatus status =
                status(
                        required(m.entries(), "status", m.at(), subject),
                        m.entries().get("status").at(),
                        subject);
        RuleValue value =
                switch (kind) {
                    case DEADLINE -> deadline(m);
                    case FLAG -> new RuleValue.Flag(bool(requiredEntry(m, "value"), subject));
                    case NUMBER -> number(m);
                    case TEXT ->
                            new RuleValue.Text(required(m.entries(), "value", m.at(), subject));
                    case CHOICE -> choice(m);
                    case LIST -> items(m);
                };
        return new Rule(
                name,
                kind,
                value,
                basis,
                status,
                optional(m.entries(), "source", subject),
                optional(m.entries(), "note", subject),
                m.at(),
                m.profile());
    }

    private RuleValue.DeadlineSpec deadline(Merged m) {
        Entry d = requiredEntry(m, "duration");
        DeadlineLength length;
        try {
            length = DeadlineLength.parse(d.value());
        } catch (IllegalArgumentException e) {
            throw ProfileException.at(d.at(), m.subject(), e.getMessage());
        }
        Entry c = requiredEntry(m, "counting");
        Counting counting = Counting.parse(c.value());
        if (counting == null) {
            throw ProfileException.at(
                    c.at(),
                    m.subject(),
                    "counting must be 'calendar' or 'working', found '" + c.value() + "'");
        }
        if (counting == Counting.WORKING && !length.isDaysOnly()) {
            throw ProfileException.at(
                    c.at(),
                    m.subject(),
                    "working-day counting needs a number of days (PnD), but "
                            + "duration is '"
                            + d.value()
                            + "' ("
                            + d.at()
                            + ")");
        }
        Entry a = requiredEntry(m, "anchor");
        List<String> anchors = new ArrayList<>(new LinkedHashSet<>(split(a.value())));
        for (String anchor : anchors) {
            if (catalogues.anchor(anchor).isEmpty()) {
                throw ProfileException.at(
                        a.at(),
                        m.subject(),
                        "unknown anchor '" + anchor + "' (not in anchors.catalogue)");
            }
        }
        return new RuleValue.DeadlineSpec(
                length, counting, anchors, optional(m.entries(), "applies-if", m.subject()));
    }

    private static RuleValue.Number number(Merged m) {
        Entry v = requiredEntry(m, "value");
        try {
            return new RuleValue.Number(new BigDecimal(v.value()));
        } catch (NumberFormatException e) {
            throw ProfileException.at(v.at(), m.subject(), "bad number '" + v.value() + "'");
        }
    }

    private static RuleValue.Choice choice(Merged m) {
        Entry o = requiredEntry(m, "options");
        List<String> options = split(o.value());
        Set<String> seen = new LinkedHashSet<>();
        for (String option : options) {
            if (!CODE.matcher(option).matches()) {
                throw ProfileException.at(
                        o.at(),
                        m.subject(),
                        "bad option '" + option + "' (lower-case letters, digits and '-')");
            }
            if (!seen.add(option)) {
                throw ProfileException.at(
                        o.at(), m.subject(), "option '" + option + "' listed twice");
            }
        }
        Entry v = requiredEntry(m, "value");
        if (!seen.contains(v.value())) {
            throw ProfileException.at(
                    v.at(),
                    m.subject(),
                    "value '"
                            + v.value()
                            + "' is not one of the options "
                            + String.join(", ", options));
        }
        return new RuleValue.Choice(v.value(), options);
    }

    private static RuleValue.Items items(Merged m) {
        Map<String, Map<String, Entry>> byCode = new LinkedHashMap<>();
        for (Entry e : m.entries().values()) {
            Matcher k = ITEM_KEY.matcher(e.key());
            if (k.matches()) {
                if (!ITEM_FIELDS.contains(k.group(2))) {
                    throw ProfileException.at(
                            e.at(),
                            m.subject(),
                            "unknown key '"
                                    + e.key()
                                    + "' (an item has label, basis, status, source, note)");
                }
                byCode.computeIfAbsent(k.group(1), c -> new LinkedHashMap<>()).put(k.group(2), e);
            }
        }
        if (byCode.isEmpty()) {
            throw ProfileException.at(
                    m.at(),
                    m.subject(),
                    "a list rule needs at least one item "
                            + "(item.<code>.label, item.<code>.basis, item.<code>.status)");
        }
        List<ListItem> items = new ArrayList<>();
        for (Map.Entry<String, Map<String, Entry>> item : byCode.entrySet()) {
            String code = item.getKey();
            Map<String, Entry> f = item.getValue();
            String subject = m.subject() + ", item " + code;
            SourceLocation at = f.values().iterator().next().at();
            String label = requiredField(f, "label", at, subject);
            String basis = requiredField(f, "basis", at, subject);
            LegalStatus status =
                    status(requiredField(f, "status", at, subject), f.get("status").at(), subject);
            items.add(
                    new ListItem(
                            code,
                            label,
                            basis,
                            status,
                            optionalField(f, "source", subject),
                            optionalField(f, "note", subject)));
        }
        return new RuleValue.Items(items);
    }

    // ---- small helpers: every one throws with file, line and subject, none returns a default
    // -----------

    private static void checkKeys(
            Map<String, Entry> entries, Set<String> allowed, String subject, String where) {
        for (Entry e : entries.values()) {
            if (!allowed.contains(e.key())) {
                throw ProfileException.at(
                        e.at(),
                        subject,
                        "unknown key '"
                                + e.key()
                                + "' in "
                                + where
                                + " (allowed: "
                                + String.join(", ", new TreeSet<>(allowed))
                                + ")");
            }
        }
    }

    private static Entry requiredEntry(Merged m, String key) {
        required(m.entries(), key, m.at(), m.subject());
        return m.entries().get(key);
    }

    private static String required(
            Map<String, Entry> entries, String key, SourceLocation section, String subject) {
        Entry e = entries.get(key);
        if (e == null) {
            throw ProfileException.at(section, subject, "missing key '" + key + "'");
        }
        if (e.value().isEmpty()) {
            throw ProfileException.at(e.at(), subject, "key '" + key + "' is empty");
        }
        return e.value();
    }

    private static String requiredField(
            Map<String, Entry> fields, String field, SourceLocation at, String subject) {
        Entry e = fields.get(field);
        if (e == null) {
            throw ProfileException.at(at, subject, "missing " + field);
        }
        if (e.value().isEmpty()) {
            throw ProfileException.at(e.at(), subject, field + " is empty");
        }
        return e.value();
    }

    private static Optional<String> optional(
            Map<String, Entry> entries, String key, String subject) {
        Entry e = entries.get(key);
        if (e == null) {
            return Optional.empty();
        }
        if (e.value().isEmpty()) {
            throw ProfileException.at(
                    e.at(), subject, "key '" + key + "' is empty; fill it in or remove it");
        }
        return Optional.of(e.value());
    }

    private static Optional<String> optionalField(
            Map<String, Entry> fields, String field, String subject) {
        Entry e = fields.get(field);
        if (e != null && e.value().isEmpty()) {
            throw ProfileException.at(
                    e.at(), subject, field + " is empty; fill it in or remove it");
        }
        return e == null ? Optional.empty() : Optional.of(e.value());
    }

    private static LegalStatus status(String text, SourceLocation at, String subject) {
        LegalStatus s = LegalStatus.parse(text);
        if (s == null) {
            throw ProfileException.at(
                    at,
                    subject,
                    "unknown status '" + text + "' (one of " + LegalStatus.codes() + ")");
        }
        return s;
    }

    private static boolean bool(Entry e, String subject) {
        if (e.value().equals("true")) {
            return true;
        }
        if (e.value().equals("false")) {
            return false;
        }
        throw ProfileException.at(
                e.at(),
                subject,
                "'" + e.key() + "' must be true or false, found '" + e.value() + "'");
    }

    private static LocalDate date(String text, SourceLocation at, String subject) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ProfileException.at(at, subject, "bad date '" + text + "' (YYYY-MM-DD expected)");
        }
    }

    /** Comma-separated values, blanks trimmed, empty parts dropped. */
    static List<String> split(String value) {
        List<String> out = new ArrayList<>();
        for (String part : value.split(",")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }
}
