using Wirewatch.Core.Documents;
using Wirewatch.Events.Attributes;
using Xunit;

namespace Wirewatch.Events.Tests.Attributes;

public sealed class ModalityReaderTests
{
    private static EventModality Read(Document document, string trigger, int occurrence = 0) =>
        ModalityReader.Read(document, ParsedText.TokenOf(document, trigger, occurrence));

    private static bool HasEvidence(Document document, EventModality modality, string text)
    {
        foreach (TextSpan span in modality.Evidence)
        {
            if (span.Slice(document.Text).SequenceEqual(text))
            {
                return true;
            }
        }

        return false;
    }

    [Fact]
    public void PlainClauseIsAsserted()
    {
        Document document = ParsedText.Build(
            "Egyptian|ADJ|2|amod jets|NOUN|3|nsubj pounded|VERB|pound|0|root militant|ADJ|5|amod sites|NOUN|3|obj");
        EventModality modality = Read(document, "pounded");
        Assert.Equal(EventStatus.Asserted, modality.Status);
        Assert.Null(modality.Claim);
        Assert.Null(modality.Attribution);
        Assert.Empty(modality.Evidence);
    }

    [Fact]
    public void ClaimedAssaultHasClaimant()
    {
        Document document = ParsedText.Build(ArticleSentences.Corinthia);
        foreach (string trigger in new[] { "assault", "killing" })
        {
            EventModality modality = Read(document, trigger);
            Assert.Equal(EventStatus.Claimed, modality.Status);
            EventClaim claim = Assert.IsType<EventClaim>(modality.Claim);
            Assert.Equal("they", claim.Claimant);
            Assert.Equal("unverified", claim.Verified);
            Assert.True(HasEvidence(document, modality, "claimed"));
        }
    }

    [Fact]
    public void ClaimedResponsibilityInAStatement()
    {
        // "IS claimed responsibility for the attack in a statement"
        Document document = ParsedText.Build(
            "IS|PROPN|2|nsubj claimed|VERB|claim|0|root responsibility|NOUN|2|obj for|ADP|6|case the|DET|6|det attack|NOUN|3|nmod in|ADP|9|case a|DET|9|det statement|NOUN|2|obl");
        EventModality modality = Read(document, "attack");
        Assert.Equal(EventStatus.Claimed, modality.Status);
        EventClaim claim = Assert.IsType<EventClaim>(modality.Claim);
        Assert.Equal("IS", claim.Claimant);
        Assert.Equal("statement", claim.Channel);
        Assert.Equal("unverified", claim.Verified);
    }

    [Fact]
    public void UnverifiableClaimIsDisputed()
    {
        // "IS claimed the attack , which could not be verified"
        Document document = ParsedText.Build(
            "IS|PROPN|2|nsubj claimed|VERB|claim|0|root the|DET|4|det attack|NOUN|2|obj ,|PUNCT|10|punct which|PRON|10|nsubj:pass could|AUX|could|10|aux not|PART|10|advmod be|AUX|10|aux:pass verified|VERB|VBN|verify|4|acl:relcl");
        EventModality modality = Read(document, "attack");
        Assert.Equal(EventStatus.Claimed, modality.Status);
        Assert.Equal("disputed", modality.Claim?.Verified);
    }

    [Fact]
    public void ShownInAVideoIsAClaimByTheActor()
    {
        // "Militants beheaded 21 Christians in a video"
        Document document = ParsedText.Build(
            "Militants|NOUN|2|nsubj beheaded|VERB|behead|0|root 21|NUM|4|nummod Christians|PROPN|2|obj in|ADP|7|case a|DET|7|det video|NOUN|2|obl");
        EventModality modality = Read(document, "beheaded");
        Assert.Equal(EventStatus.Claimed, modality.Status);
        Assert.Equal("video", modality.Claim?.Channel);
        Assert.Equal("Militants", modality.Claim?.Claimant);
    }

    [Fact]
    public void ReportedByResidentsEvenAcrossACoordinatedWitnessClause()
    {
        Document document = ParsedText.Build(ArticleSentences.Hostages);
        foreach (string trigger in new[] { "held", "transported" })
        {
            EventModality modality = Read(document, trigger);
            Assert.Equal(EventStatus.Reported, modality.Status);
            Assert.Equal("Several residents", modality.Attribution?.Text);
            Assert.True(HasEvidence(document, modality, "Several residents"));
        }
    }

    [Fact]
    public void GovernmentSourceIsTheAttribution()
    {
        Document document = ParsedText.Build(ArticleSentences.GovernmentSource);
        EventModality modality = Read(document, "attacks");
        Assert.Equal(EventStatus.Reported, modality.Status);
        Assert.Equal("A U.S. government source", modality.Attribution?.Text);
    }

    [Fact]
    public void ReportVerbAfterTheClauseAndAccordingTo()
    {
        // "Militants attacked the town , police said"
        Document parenthetical = ParsedText.Build(
            "Militants|NOUN|2|nsubj attacked|VERB|attack|0|root the|DET|4|det town|NOUN|2|obj ,|PUNCT|7|punct police|NOUN|7|nsubj said|VERB|say|2|parataxis");
        EventModality byPolice = Read(parenthetical, "attacked");
        Assert.Equal(EventStatus.Reported, byPolice.Status);
        Assert.Equal("police", byPolice.Attribution?.Text);

        // "According to residents , militants attacked the town"
        Document according = ParsedText.Build(
            "According|VERB|according|3|case to|ADP|1|fixed residents|NOUN|6|obl ,|PUNCT|3|punct militants|NOUN|6|nsubj attacked|VERB|attack|0|root the|DET|8|det town|NOUN|6|obj");
        EventModality byResidents = Read(according, "attacked");
        Assert.Equal(EventStatus.Reported, byResidents.Status);
        Assert.Equal("residents", byResidents.Attribution?.Text);
    }

    [Fact]
    public void SourceToldReutersWithInvertedQuoteSpeaker()
    {
        // "Militants shelled the city , a security source told Reuters"
        Document document = ParsedText.Build(
            "Militants|NOUN|2|nsubj shelled|VERB|shell|0|root the|DET|4|det city|NOUN|2|obj ,|PUNCT|9|punct a|DET|8|det security|NOUN|8|compound source|NOUN|9|nsubj told|VERB|tell|2|parataxis Reuters|PROPN|9|obj");
        EventModality modality = Read(document, "shelled");
        Assert.Equal(EventStatus.Reported, modality.Status);
        Assert.Equal("a security source", modality.Attribution?.Text);
    }

    [Fact]
    public void WritersOwnVoiceIsNotAReport()
    {
        Document document = ParsedText.Build(
            "We|PRON|we|2|nsubj said|VERB|say|0|root militants|NOUN|4|nsubj attacked|VERB|attack|2|ccomp");
        Assert.Equal(EventStatus.Asserted, Read(document, "attacked").Status);
    }

    [Fact]
    public void AllegedSuspectedAndDenied()
    {
        Document allegedly = ParsedText.Build(
            "Soldiers|NOUN|3|nsubj allegedly|ADV|3|advmod killed|VERB|kill|0|root protesters|NOUN|3|obj");
        Assert.Equal(EventStatus.Alleged, Read(allegedly, "killed").Status);

        // "Ansar al Sharia , blamed by Washington for an attack"
        Document blamed = ParsedText.Build(
            "Ansar|PROPN|0|root ,|PUNCT|3|punct blamed|VERB|VBN|blame|1|acl by|ADP|5|case Washington|PROPN|3|obl for|ADP|8|case an|DET|8|det attack|NOUN|3|obl");
        EventModality accusation = Read(blamed, "attack");
        Assert.Equal(EventStatus.Alleged, accusation.Status);
        Assert.Equal("Washington", accusation.Attribution?.Text);

        Document suspected = ParsedText.Build(
            "the|DET|3|det suspected|ADJ|suspected|3|amod attack|NOUN|0|root");
        Assert.Equal(EventStatus.Suspected, Read(suspected, "attack").Status);

        // "Militants are believed to have killed 12"
        Document believed = ParsedText.Build(
            "Militants|NOUN|3|nsubj:pass are|AUX|be|3|aux:pass believed|VERB|VBN|believe|0|root to|PART|6|mark have|AUX|6|aux killed|VERB|VBN|kill|3|xcomp 12|NUM|6|obj");
        Assert.Equal(EventStatus.Suspected, Read(believed, "killed").Status);

        // "The group denied carrying out the attack"
        Document denied = ParsedText.Build(
            "The|DET|2|det group|NOUN|3|nsubj denied|VERB|deny|0|root carrying|VERB|carry|3|xcomp out|ADP|4|compound:prt the|DET|7|det attack|NOUN|4|obj");
        EventModality denial = Read(denied, "attack");
        Assert.Equal(EventStatus.Denied, denial.Status);
        Assert.Equal("The group", denial.Attribution?.Text);
    }

    [Fact]
    public void HypotheticalThreatenedAndNegated()
    {
        Document could = ParsedText.Build(
            "Militants|NOUN|3|nsubj could|AUX|could|3|aux strike|VERB|VB|strike|0|root again|ADV|3|advmod");
        Assert.Equal(EventStatus.Hypothetical, Read(could, "strike").Status);

        Document plans = ParsedText.Build(
            "IS|PROPN|2|nsubj plans|VERB|VBZ|plan|0|root to|PART|4|mark attack|VERB|VB|attack|2|xcomp Rome|PROPN|4|obj");
        Assert.Equal(EventStatus.Hypothetical, Read(plans, "attack").Status);

        Document conquer = ParsedText.Build(
            "We|PRON|we|3|nsubj will|AUX|will|3|aux conquer|VERB|VB|conquer|0|root Rome|PROPN|3|obj");
        EventModality threat = Read(conquer, "conquer");
        Assert.Equal(EventStatus.Threatened, threat.Status);
        Assert.True(HasEvidence(conquer, threat, "will"));

        Document vowed = ParsedText.Build(
            "IS|PROPN|2|nsubj vowed|VERB|vow|0|root to|PART|4|mark behead|VERB|VB|behead|2|xcomp hostages|NOUN|4|obj");
        Assert.Equal(EventStatus.Threatened, Read(vowed, "behead").Status);

        Document not = ParsedText.Build(
            "Militants|NOUN|4|nsubj did|AUX|do|4|aux not|PART|4|advmod attack|VERB|VB|attack|0|root the|DET|6|det town|NOUN|4|obj");
        EventModality negated = Read(not, "attack");
        Assert.Equal(EventStatus.Negated, negated.Status);
        Assert.True(HasEvidence(not, negated, "not"));

        Document failed = ParsedText.Build(
            "Gunmen|NOUN|2|nsubj failed|VERB|fail|0|root to|PART|4|mark kill|VERB|VB|kill|2|xcomp him|PRON|4|obj");
        Assert.Equal(EventStatus.Negated, Read(failed, "kill").Status);

        Document none = ParsedText.Build(
            "No|DET|no|2|det attacks|NOUN|attack|4|nsubj:pass were|AUX|be|4|aux:pass reported|VERB|VBN|report|0|root");
        Assert.Equal(EventStatus.Negated, Read(none, "attacks").Status);
    }

    [Fact]
    public void NegationOnAReportingVerbDoesNotNegateTheEvent()
    {
        Document document = ParsedText.Build(ArticleSentences.GovernmentSource);
        Assert.NotEqual(EventStatus.Negated, Read(document, "attacks").Status);
    }

    [Fact]
    public void ReportedModalityIsThreadSafe()
    {
        Document document = ParsedText.Build(ArticleSentences.Hostages);
        int trigger = ParsedText.TokenOf(document, "held");
        EventStatus[] statuses = new EventStatus[64];
        Parallel.For(0, statuses.Length, i => statuses[i] = ModalityReader.Read(document, trigger).Status);
        Assert.All(statuses, s => Assert.Equal(EventStatus.Reported, s));
    }

    [Fact]
    public void BlamedByWashingtonOnARealParse()
    {
        Document document = ParsedText.Build(ArticleSentences.Benghazi);
        EventModality modality = Read(document, "attack");
        Assert.Equal(EventStatus.Alleged, modality.Status);
        Assert.Equal("Washington", modality.Attribution?.Text);
    }

    [Fact]
    public void InvertedSpeakerWhenTheParseLostTheSubject()
    {
        Document document = ParsedText.Build(ArticleSentences.Porter);
        EventModality modality = Read(document, "attack");
        Assert.Equal(EventStatus.Reported, modality.Status);
        Assert.Equal("Geoff Porter", modality.Attribution?.Text);
    }

    [Fact]
    public void LikelyToIsSuspectedInsideAReport()
    {
        // "... said a couple of hundred militants were in training camps ... that were likely to send fighters to Syria"
        Document document = ParsedText.Build(ArticleSentences.Rodriguez);
        EventModality send = Read(document, "send");
        Assert.Equal(EventStatus.Suspected, send.Status);

        // The parse attaches the speaker to "December", so no subject: better no source than "a couple".
        Assert.Null(send.Attribution);

        EventModality camps = Read(document, "camps");
        Assert.Equal(EventStatus.Reported, camps.Status);
    }

    [Fact]
    public void ClaimsOfPurportedlyReportsSaidAndIf()
    {
        // "IS dismissed claims of an attack" → claimed (the claim noun), then denied by the dismissal.
        Document claims = ParsedText.Build(
            "There|PRON|2|expl were|VERB|be|0|root claims|NOUN|claim|2|nsubj of|ADP|6|case an|DET|6|det attack|NOUN|3|nmod");
        Assert.Equal(EventStatus.Claimed, Read(claims, "attack").Status);

        Document purportedly = ParsedText.Build(
            "A|DET|2|det video|NOUN|4|nsubj purportedly|ADV|4|advmod shows|VERB|VBZ|show|0|root the|DET|6|det beheading|NOUN|4|obj");
        EventModality shown = Read(purportedly, "beheading");
        Assert.Equal(EventStatus.Claimed, shown.Status);
        Assert.Equal("video", shown.Claim?.Channel);

        // "Reports said militants seized the town"
        Document reports = ParsedText.Build(
            "Reports|NOUN|report|2|nsubj said|VERB|say|0|root militants|NOUN|4|nsubj seized|VERB|seize|2|ccomp the|DET|6|det town|NOUN|4|obj");
        EventModality reported = Read(reports, "seized");
        Assert.Equal(EventStatus.Reported, reported.Status);
        Assert.Equal("Reports", reported.Attribution?.Text);

        // "If militants attack the city , ..."
        Document condition = ParsedText.Build(
            "If|SCONJ|if|3|mark militants|NOUN|3|nsubj attack|VERB|VBP|attack|0|root the|DET|5|det city|NOUN|3|obj");
        Assert.Equal(EventStatus.Hypothetical, Read(condition, "attack").Status);
    }
}
