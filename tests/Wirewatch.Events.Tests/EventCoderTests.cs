using Wirewatch.Entities;
using Wirewatch.Events.Attributes;
using Xunit;

namespace Wirewatch.Events.Tests;

public sealed class EventCoderTests
{
    private static readonly DateOnly Published = new(2015, 2, 18);

    [Fact]
    public void ActiveVerbTakesSubjectAndObjectAndAnAircraftActorMakesItAerial()
    {
        var doc = CoderDocuments.Build(
            Published,
            [(0, 1, EntityLabel.NORP, "Egypt", "EGY", null)],
            "Egyptian/ADJ/Egyptian/2/amod jets/NOUN/jet/3/nsubj pounded/VERB/pound/0/root suspected/ADJ/_/6/amod militant/ADJ/_/6/amod sites/NOUN/site/3/obj ./PUNCT/./3/punct");
        var e = Assert.Single(CoderDocuments.Coder.Code(doc));
        Assert.Equal("ASSAULT", e.Type);
        Assert.Equal("aerial", e.Mode);
        Assert.Equal("Egyptian jets", Assert.Single(e.Actors).Text);
        Assert.Equal("Egypt", e.Actors[0].Canonical);
        Assert.Equal("EGY", e.Actors[0].Country);
        Assert.Equal("MIL", e.Actors[0].Sector);
        Assert.Equal("suspected militant sites", Assert.Single(e.Recipients).Text);
        Assert.Equal(new AcledLabel("Explosions/Remote violence", "Air/drone strike"), e.Acled);
        Assert.Null(e.Gtd); // state forces are not GTD perpetrators
        Assert.Contains("triggers-curated.tsv", e.Reason, StringComparison.Ordinal);
        Assert.InRange(e.Confidence, 0.05, 0.95);
    }

    [Fact]
    public void PassiveVerbTakesRecipientFromSubjectAndActorFromBy()
    {
        var doc = CoderDocuments.Build(
            Published,
            [],
            "Some/DET/some/2/det victims/NOUN/victim/4/nsubj:pass were/AUX/be/4/aux:pass beheaded/VERB/behead/0/root by/ADP/by/6/case militants/NOUN/militant/4/obl ./PUNCT/./4/punct");
        var e = Assert.Single(CoderDocuments.Coder.Code(doc));
        Assert.Equal("ASSAULT", e.Type);
        Assert.Equal("militants", Assert.Single(e.Actors).Text);
        Assert.Equal("victims", Assert.Single(e.Recipients).Text);
        Assert.Equal("REB", e.Actors[0].Sector);
    }

    [Fact]
    public void PresentPassiveOverABarePluralIsASituationNotAnIncident()
    {
        var generic = CoderDocuments.Build(
            Published,
            [],
            "Foreigners/NOUN/foreigner/4/nsubj:pass are/AUX/be/4/aux being/AUX/be/4/aux:pass killed/VERB/kill/0/root in/ADP/in/6/case Libya/PROPN/Libya/4/obl ./PUNCT/./4/punct");
        Assert.Empty(CoderDocuments.Coder.Code(generic));

        var counted = CoderDocuments.Build(
            Published,
            [],
            "Three/NUM/three/2/nummod foreigners/NOUN/foreigner/5/nsubj:pass are/AUX/be/5/aux being/AUX/be/5/aux:pass killed/VERB/kill/0/root ./PUNCT/./5/punct");
        Assert.Equal("Three foreigners", CoderDocuments.Text(counted, Assert.Single(Assert.Single(CoderDocuments.Coder.Code(counted)).Recipients)));

        var past = CoderDocuments.Build(
            Published,
            [],
            "Foreigners/NOUN/foreigner/3/nsubj:pass were/AUX/be/3/aux:pass killed/VERB/kill/0/root ./PUNCT/./3/punct");
        Assert.Single(CoderDocuments.Coder.Code(past));
    }

    [Fact]
    public void AStatusFromAFrameTwoClausesUpIsKeptWithoutAFrameWord()
    {
        // "allow" shares the actor of "expand", which inherits it (and the status) from the frame "planning":
        // the status comes from a frame that is not the one returned to the trigger.
        var doc = CoderDocuments.Build(
            Published,
            [],
            "Officials/NOUN/official/3/nsubj are/AUX/be/3/aux planning/VERB/plan/0/root to/PART/to/5/mark expand/VERB/expand/3/xcomp the/DET/the/7/det program/NOUN/program/5/obj to/PART/to/9/mark allow/VERB/allow/5/advcl refugees/NOUN/refugee/9/obj ./PUNCT/./3/punct");
        var events = CoderDocuments.Coder.Code(doc);
        Assert.Contains(events, e => e.Status == EventStatus.Hypothetical && e.Reason.Contains("from a governing frame", StringComparison.Ordinal));
    }

    [Fact]
    public void AnExecutionByTheStateKeepsPloversJudicialMode()
    {
        var doc = CoderDocuments.Build(
            Published,
            [],
            "Authorities/NOUN/authority/2/nsubj executed/VERB/execute/0/root four/NUM/four/4/nummod men/NOUN/man/2/obj ./PUNCT/./2/punct");
        var e = Assert.Single(CoderDocuments.Coder.Code(doc));
        Assert.Equal("GOV", Assert.Single(e.Actors).Sector);
        Assert.Equal("execute", e.Mode);
    }

    [Fact]
    public void NominalEventTakesOfAsRecipientAndByAsActor()
    {
        var doc = CoderDocuments.Build(
            Published,
            [(4, 1, EntityLabel.NORP, "Egypt", "EGY", null)],
            "The/DET/the/2/det execution/NOUN/execution/11/nsubj of/ADP/of/6/case 21/NUM/21/6/nummod Egyptian/ADJ/Egyptian/6/amod Christians/PROPN/Christian/2/nmod by/ADP/by/8/case militants/NOUN/militant/2/nmod was/AUX/be/11/cop an/DET/a/11/det announcement/NOUN/announcement/0/root ./PUNCT/./11/punct");
        var e = Assert.Single(CoderDocuments.Coder.Code(doc));
        Assert.Equal("ASSAULT", e.Type);
        Assert.Equal("massacre", e.Mode); // not judicial: 21 killed by militants
        Assert.Equal("militants", Assert.Single(e.Actors).Text);
        Assert.Equal("21 Egyptian Christians", Assert.Single(e.Recipients).Text);
        Assert.Equal("Egypt", e.Recipients[0].Canonical);
        Assert.Equal(Published, e.Date?.Value);
    }

    [Fact]
    public void CoordinatedSubjectAndObjectOfAJoinFrameAreBothActors()
    {
        var doc = CoderDocuments.Build(
            Published,
            [(0, 1, EntityLabel.GPE, "France", "FRA", "GOV"), (2, 1, EntityLabel.GPE, "Egypt", "EGY", "GOV"), (6, 1, EntityLabel.ORG, "United Nations", null, "IGO")],
            "Paris/PROPN/Paris/2/nsubj joined/VERB/join/0/root Cairo/PROPN/Cairo/2/obj in/SCONJ/in/5/mark calling/VERB/call/2/advcl for/ADP/for/8/case U.N./PROPN/U.N./8/compound action/NOUN/action/5/obl ./PUNCT/./2/punct");
        var e = Assert.Single(CoderDocuments.Coder.Code(doc));
        Assert.Equal("REQUEST", e.Type);
        Assert.Equal(["Paris", "Cairo"], e.Actors.Select(a => a.Text));
        Assert.Equal("United Nations", Assert.Single(e.Recipients).Canonical);
        Assert.Contains("frame", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ConjoinedSubjectsAreAllActors()
    {
        var doc = CoderDocuments.Build(
            Published,
            [],
            "Fighters/NOUN/fighter/4/nsubj and/CCONJ/and/3/cc jihadists/NOUN/jihadist/1/conj attacked/VERB/attack/0/root the/DET/the/6/det village/NOUN/village/4/obj");
        var e = Assert.Single(CoderDocuments.Coder.Code(doc));
        Assert.Equal(["Fighters", "jihadists"], e.Actors.Select(a => a.Text));
    }

    [Fact]
    public void RelativeClauseHeadIsTheActorOfAFramedEvent()
    {
        var doc = CoderDocuments.Build(
            Published,
            [],
            "Residents/NOUN/resident/2/nsubj fear/VERB/fear/0/root militants/NOUN/militant/2/obj who/PRON/who/6/nsubj have/AUX/have/6/aux carried/VERB/carry/3/acl:relcl out/ADP/out/6/compound:prt assassinations/NOUN/assassination/6/obj");
        var e = Assert.Single(CoderDocuments.Coder.Code(doc));
        Assert.Equal("ASSAULT", e.Type);
        Assert.Equal("assassinate", e.Mode);
        Assert.Equal("militants", Assert.Single(e.Actors).Text);
    }

    [Fact]
    public void ClaimFrameMarksTheEventClaimedResolvesThePronounAndMergesTheParticiple()
    {
        var doc = CoderDocuments.Build(
            Published,
            [(0, 1, EntityLabel.ORG, "Islamic State", null, "REB")],
            "IS/PROPN/IS/2/compound militants/NOUN/militant/3/nsubj escalated/VERB/escalate/0/root operations/NOUN/operation/3/obj ./PUNCT/./3/punct",
            "They/PRON/they/2/nsubj claimed/VERB/claim/0/root an/DET/a/4/det assault/NOUN/assault/2/obj on/ADP/on/7/case the/DET/the/7/det hotel/NOUN/hotel/4/nmod ,/PUNCT/,/9/punct killing/VERB/kill/2/advcl nine/NUM/nine/11/nummod people/NOUN/person/9/obj ./PUNCT/./2/punct");
        var e = Assert.Single(CoderDocuments.Coder.Code(doc));
        Assert.Equal("ASSAULT", e.Type);
        Assert.Equal(EventStatus.Claimed, e.Status);
        Assert.Equal("IS militants", e.Actors[0].Text);
        Assert.Equal("Islamic State", e.Actors[0].Canonical);
        Assert.Contains(e.Recipients, r => r.Text == "hotel");
        Assert.Equal(2, e.Mentions);
        Assert.Equal("Business", e.Gtd?.TargetType);
    }

    [Fact]
    public void BareMentionWithoutParticipantsIsNotAnEvent()
    {
        var doc = CoderDocuments.Build(
            Published,
            [],
            "Libya/PROPN/Libya/2/nsubj descended/VERB/descend/0/root into/ADP/into/5/case factional/ADJ/factional/5/amod fighting/NOUN/fighting/2/obl");
        Assert.Empty(CoderDocuments.Coder.Code(doc));
    }

    [Fact]
    public void WithoutPublicationDateTheEventHasNoDateAndSaysWhy()
    {
        var doc = CoderDocuments.Build(
            null,
            [],
            "Gunmen/NOUN/gunman/2/nsubj attacked/VERB/attack/0/root the/DET/the/4/det oilfield/NOUN/oilfield/2/obj");
        var e = Assert.Single(CoderDocuments.Coder.Code(doc));
        Assert.Null(e.Date);
        Assert.Contains("no publication date", e.Reason, StringComparison.Ordinal);
        Assert.Equal("firearms", e.Mode);
        Assert.Equal("Utilities", e.Gtd?.TargetType);
    }

    [Fact]
    public void VerbMisreadAsModifierFallsBackToWordOrder()
    {
        // The parser read "jets pounded sites" as one noun phrase headed by "sites".
        var doc = CoderDocuments.Build(
            Published,
            [(0, 1, EntityLabel.NORP, "Egypt", "EGY", null)],
            "Egyptian/ADJ/Egyptian/2/amod jets/NOUN/jet/6/compound pounded/VERB/pound/6/amod suspected/VERB/suspect/6/amod militant/ADJ/_/6/amod sites/NOUN/site/0/root");
        var e = Assert.Single(CoderDocuments.Coder.Code(doc));
        Assert.Equal("Egyptian jets", Assert.Single(e.Actors).Text);
        Assert.Equal("suspected militant sites", Assert.Single(e.Recipients).Text);
        Assert.Equal("aerial", e.Mode);
        Assert.Contains("word order", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void NameParsedAsAuxiliaryIsTheActor()
    {
        var doc = CoderDocuments.Build(
            Published,
            [(0, 1, EntityLabel.ORG, "Islamic State", null, "REB")],
            "IS/AUX/be/2/aux:pass held/VERB/hold/0/root the/DET/the/4/det hostages/NOUN/hostage/2/obj");
        var e = Assert.Single(CoderDocuments.Coder.Code(doc));
        Assert.Equal("abduct", e.Mode);
        Assert.Equal("Islamic State", Assert.Single(e.Actors).Canonical);
        Assert.Equal("hostages", Assert.Single(e.Recipients).Text);
        Assert.Equal(new AcledLabel("Violence against civilians", "Abduction/forced disappearance"), e.Acled);
    }

    [Fact]
    public void ModifierOfAMultiWordTriggerIsNotAParticipant()
    {
        var doc = CoderDocuments.Build(
            Published,
            [],
            "Combatants/NOUN/combatant/2/nsubj trade/VERB/trade/0/root air/NOUN/air/4/compound strikes/NOUN/strike/2/obj");
        Assert.Empty(CoderDocuments.Coder.Code(doc));
    }

    [Fact]
    public void NegatedEventsAreSkipped()
    {
        var doc = CoderDocuments.Build(
            Published,
            [],
            "Gunmen/NOUN/gunman/4/nsubj did/AUX/do/4/aux not/PART/not/4/advmod attack/VERB/attack/0/root the/DET/the/6/det village/NOUN/village/4/obj");
        Assert.Empty(CoderDocuments.Coder.Code(doc));
    }
}
