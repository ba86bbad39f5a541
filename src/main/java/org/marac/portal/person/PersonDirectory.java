package org.marac.portal.person;

import org.marac.portal.partner.CaseRoles;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marac.portal.person.internal.PersonLinkRepository;
import org.marac.portal.person.internal.PersonNameKeyFactory;
import org.marac.portal.person.internal.PersonNameKeyRepository;
import org.marac.portal.person.internal.PersonRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Matching and linking across every agency's people. Used by the nomination module, which has already
 * decided that the acting member may work on the case; results never leave it unfiltered.
 */
@Service
@Transactional(propagation = Propagation.REQUIRED)
public class PersonDirectory {

    /** A possible match: an existing person record and how alike the two are. */
    public record PossibleMatch(Person existing, PersonMatcher.Match match) {
    }

    private final PersonRepository people;
    private final PersonNameKeyRepository nameKeys;
    private final PersonLinkRepository links;
    private final PersonMatcher matcher = new PersonMatcher();

    PersonDirectory(PersonRepository people, PersonNameKeyRepository nameKeys, PersonLinkRepository links) {
        this.people = people;
        this.nameKeys = nameKeys;
        this.links = links;
    }

    /** Rewrites the blocking keys of a saved person from their current names. */
    @CaseRoles
    public void indexNames(Person person) {
        nameKeys.deleteByPersonId(person.getId());
        nameKeys.flush();
        nameKeys.saveAll(PersonNameKeyFactory.keysFor(person));
    }

    /** Existing people who may be the same as this one, most alike first. */
    @CaseRoles
    public List<PossibleMatch> possibleMatches(Person person) {
        Set<String> keys = PersonMatcher.blockingKeys(person.allNames());
        if (keys.isEmpty()) {
            return List.of();
        }
        PersonMatcher.Candidate nominated = candidate(person);
        List<PossibleMatch> matches = new ArrayList<>();
        for (Person existing : people.findCandidates(person.getId(), keys, person.getDateOfBirth(), person.getPostcode())) {
            PersonMatcher.Match match = matcher.compare(nominated, candidate(existing));
            if (match.isPossible()) {
                matches.add(new PossibleMatch(existing, match));
            }
        }
        matches.sort((a, b) -> Double.compare(b.match().score(), a.match().score()));
        return matches;
    }

    /** People whose names sound like the given one, for the data protection officer's subject access search. */
    @PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
    public List<Person> findByName(String name) {
        Set<String> keys = PersonMatcher.blockingKeys(List.of(name));
        return keys.isEmpty() ? List.of() : people.findCandidates(-1L, keys, null, null);
    }

    /** The person and everyone confirmed to be the same person, directly or through others. */
    @PreAuthorize("hasAnyRole(\'PRACTITIONER\', \'SUPERVISOR\', \'AGENCY_LEAD\', \'CHAIR\', \'DATA_PROTECTION_OFFICER\')")
    public Set<Long> samePersonIds(Long personId) {
        Set<Long> found = new HashSet<>(Set.of(personId));
        List<Long> toVisit = new ArrayList<>(List.of(personId));
        while (!toVisit.isEmpty()) {
            Long current = toVisit.removeLast();
            for (PersonLink link : links.findInvolving(current)) {
                for (Long id : List.of(link.getPersonId(), link.getLinkedId())) {
                    if (found.add(id)) {
                        toVisit.add(id);
                    }
                }
            }
        }
        return found;
    }

    @PreAuthorize("hasRole('CHAIR')")
    public void confirmSamePerson(Long personId, Long otherId) {
        if (!links.existsByPersonIdAndLinkedId(personId, otherId) && !links.existsByPersonIdAndLinkedId(otherId, personId)) {
            links.save(new PersonLink(personId, otherId));
        }
    }

    private static PersonMatcher.Candidate candidate(Person person) {
        return new PersonMatcher.Candidate(person.allNames(), person.getDateOfBirth(), person.getPostcode());
    }

    /**
     * Forgets an anonymised person: their name keys go, so nobody is matched to them, and so do their
     * confirmed same-person links. Returns how many links were removed.
     */
    @PreAuthorize("hasAnyRole('CHAIR', 'DATA_PROTECTION_OFFICER')")
    public int forget(Long personId) {
        nameKeys.deleteByPersonId(personId);
        List<PersonLink> involving = links.findInvolving(personId);
        links.deleteAll(involving);
        return involving.size();
    }
}
