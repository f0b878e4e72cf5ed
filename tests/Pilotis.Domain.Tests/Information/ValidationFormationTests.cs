using Pilotis.Domain.Information;

namespace Pilotis.Domain.Tests.Information;

/// <summary>
/// Les règles de la formation des élus (seed 001, solution 6) : inscription refusée à une session complète ou passée,
/// présence notée à partir du jour de la session, questionnaire réservé aux présents, une seule fois, noté de 1 à 5.
/// </summary>
public class ValidationFormationTests
{
    private static readonly DateOnly Jour = new(2026, 5, 20);

    private static SessionFormation Session(int capacite = 10, int decalage = 0) =>
        new()
        {
            DepartementCode = "30",
            RegionCode = "76",
            Date = Jour.AddDays(decalage),
            Lieu = "Nîmes",
            Theme = ThemeFormation.Fondamentaux,
            Formateur = "DDTM",
            Capacite = capacite,
        };

    private static InscriptionFormation Inscription(
        string nom = "Paul Fabre",
        string courriel = "paul.fabre@ales.fr",
        bool? present = null,
        int? note = null
    ) =>
        new()
        {
            Nom = nom,
            CommuneCode = "30007",
            DepartementCode = "30",
            RegionCode = "76",
            Courriel = courriel,
            Present = present,
            Note = note,
        };

    [Theory]
    // capacité, inscrits, décalage de la session par rapport à aujourd'hui (jours), déjà inscrit, message attendu
    [InlineData(10, 0, 5, false, null)]
    [InlineData(10, 9, 5, false, null)]
    [InlineData(10, 10, 5, false, "La session est complète (10 places).")]
    [InlineData(1, 1, 0, false, "La session est complète (1 place).")]
    [InlineData(10, 0, 0, false, null)]
    [InlineData(10, 0, -1, false, "La session a déjà eu lieu : les inscriptions sont closes.")]
    [InlineData(10, 10, -1, false, "La session a déjà eu lieu : les inscriptions sont closes.")]
    [InlineData(10, 0, 5, true, "Cet élu est déjà inscrit à cette session.")]
    public void Une_inscription_respecte_la_capacite_la_date_et_l_unicite(
        int capacite,
        int inscrits,
        int decalage,
        bool dejaInscrit,
        string? attendu
    )
    {
        var erreurs = ValidationFormation.ValiderInscription(
            Session(capacite, decalage),
            inscrits,
            dejaInscrit,
            Jour,
            Inscription()
        );
        if (attendu is null)
            Assert.Empty(erreurs);
        else
            Assert.Equal(attendu, Assert.Single(erreurs).Message);
    }

    [Theory]
    [InlineData("", "paul@ales.fr", "Nom")]
    [InlineData("Paul", "", "Courriel")]
    [InlineData("Paul", "paul.ales.fr", "Courriel")]
    [InlineData("Paul", "paul@ales", "Courriel")]
    [InlineData("Paul", "paul @ales.fr", "Courriel")]
    [InlineData("Paul", "@ales.fr", "Courriel")]
    [InlineData("Paul", "paul@@ales.fr", "Courriel")]
    public void Le_nom_et_le_courriel_sont_verifies(string nom, string courriel, string champ)
    {
        var erreurs = ValidationFormation.ValiderInscription(Session(), 0, false, Jour, Inscription(nom, courriel));
        Assert.Equal(champ, Assert.Single(erreurs).Champ);
    }

    [Theory]
    // décalage de la session, présent demandé, note déjà donnée, message attendu
    [InlineData(1, true, null, "La présence se note à partir du jour de la session.")]
    [InlineData(0, true, null, null)]
    [InlineData(-3, false, null, null)]
    [InlineData(-3, false, 4, "Cet élu a répondu au questionnaire : il ne peut pas être noté absent.")]
    [InlineData(-3, true, 4, null)]
    public void La_presence_se_note_le_jour_de_la_session_ou_apres(
        int decalage,
        bool present,
        int? note,
        string? attendu
    )
    {
        var erreurs = ValidationFormation.ValiderPresence(
            Session(decalage: decalage),
            Inscription(present: note is null ? null : true, note: note),
            present,
            Jour
        );
        if (attendu is null)
            Assert.Empty(erreurs);
        else
            Assert.Equal(attendu, Assert.Single(erreurs).Message);
    }

    [Theory]
    // présent, note déjà donnée, note saisie, message attendu
    [InlineData(true, null, 1, null)]
    [InlineData(true, null, 5, null)]
    [InlineData(true, null, 0, "La note de satisfaction va de 1 à 5.")]
    [InlineData(true, null, 6, "La note de satisfaction va de 1 à 5.")]
    [InlineData(true, null, null, "La note de satisfaction va de 1 à 5.")]
    [InlineData(false, null, 4, "Seul un élu noté présent répond au questionnaire de satisfaction.")]
    [InlineData(null, null, 4, "Seul un élu noté présent répond au questionnaire de satisfaction.")]
    [InlineData(true, 3, 4, "Cet élu a déjà répondu au questionnaire de satisfaction.")]
    public void Le_questionnaire_est_reserve_aux_presents_une_fois_de_1_a_5(
        bool? present,
        int? dejaNote,
        int? note,
        string? attendu
    )
    {
        var erreurs = ValidationFormation.ValiderSatisfaction(
            Inscription(present: present, note: dejaNote),
            note,
            "Bien"
        );
        if (attendu is null)
            Assert.Empty(erreurs);
        else
            Assert.Equal(attendu, Assert.Single(erreurs).Message);
    }

    [Theory]
    [InlineData(0, "", "DDTM", "Capacite")]
    [InlineData(501, "Nîmes", "DDTM", "Capacite")]
    [InlineData(20, "", "DDTM", "Lieu")]
    [InlineData(20, "Nîmes", " ", "Formateur")]
    public void Une_session_a_un_lieu_un_formateur_et_une_capacite(
        int capacite,
        string lieu,
        string formateur,
        string champ
    )
    {
        var s = Session(capacite);
        (s.Lieu, s.Formateur) = (lieu, formateur);
        Assert.Contains(ValidationFormation.ValiderSession(s), e => e.Champ == champ);
    }

    [Fact]
    public void Une_session_complete_est_valide()
    {
        Assert.Empty(ValidationFormation.ValiderSession(Session()));
    }
}
