using Pilotis.Domain.Attribution;

namespace Pilotis.Domain.Tests.Attribution;

/// <summary>
/// Orientation des logements libérés dans la gestion en flux (CCH L441-1, R441-5 ; décret n° 2020-145) : le plus grand
/// retard (part × logements du flux − orientés), typologie et territoire respectés si possible, ordre fixe à égalité.
/// </summary>
public class OrientationTests
{
    private const int Prefet = 1;
    private const int ActionLogement = 2;

    private static List<PartOrientation> Parts(
        decimal prefet,
        decimal actionLogement,
        string? territoiresAl = null,
        decimal? alT1T2 = null
    ) =>
        Orientation
            .Parts(
                [
                    new ConventionFlux
                    {
                        ReservataireId = Prefet,
                        Contingent = Contingent.Prefet,
                        DepartementCode = "30",
                        PartFlux = prefet,
                    },
                    new ConventionFlux
                    {
                        ReservataireId = ActionLogement,
                        Contingent = Contingent.ActionLogement,
                        DepartementCode = "30",
                        PartFlux = actionLogement,
                        Territoires = territoiresAl,
                        PartT1T2 = alT1T2,
                        PartT3 = alT1T2 is null ? null : 100m - alT1T2,
                        PartT4Plus = alT1T2 is null ? null : 0m,
                    },
                ],
                id => id == Prefet ? "Préfet" : "Action Logement",
                "Bailleur"
            )
            .Where(p => p.Part > 0m || p.ReservataireId is null)
            .ToList();

    // Préfet 30 %, Action Logement 20 %, reste du bailleur 50 % : dix logements T3 dans l'ordre de disponibilité.
    // Au 5e logement, préfet et bailleur ont le même retard (0,5) : le préfet passe d'abord (ordre des contingents).
    [Theory]
    [InlineData("30", "20", "B,P,A,B,P,B,B,A,P,B")]
    [InlineData("30", "70", "A,P,A,A,P,A,A,A,P,A")]
    [InlineData("0", "0", "B,B,B,B,B")]
    public void Sequence_selon_le_plus_grand_retard(string prefet, string al, string attendu)
    {
        var parts = Parts(Dec(prefet), Dec(al));
        var etat = new EtatOrientation();
        var obtenu = new List<string>();
        foreach (var _ in attendu.Split(','))
        {
            var p = Orientation.Proposer(parts, etat, TypologieLogement.T3, "200000001");
            obtenu.Add(
                p.ReservataireId switch
                {
                    Prefet => "P",
                    ActionLogement => "A",
                    _ => "B",
                }
            );
            etat.Enregistrer(p.ReservataireId, ClasseTypologie.T3);
        }
        Assert.Equal(attendu, string.Join(',', obtenu));
    }

    // Territoires : Action Logement (60 %, plus grand retard) ne reçoit que les logements de ses EPCI ; la
    // typologie : avec 100 % de T1-T2, un T3 va au suivant ; sans aucun titulaire conforme en retard, le retard seul.
    [Theory]
    [InlineData("200000001", null, TypologieLogement.T3, "200000001", ActionLogement)]
    [InlineData("200000001", null, TypologieLogement.T3, "200000002", null)]
    [InlineData("200000001", null, TypologieLogement.T3, null, null)]
    [InlineData(null, "100", TypologieLogement.T2, "200000002", ActionLogement)]
    [InlineData(null, "100", TypologieLogement.T3, "200000002", null)]
    [InlineData(null, "100", TypologieLogement.T5, "200000002", null)]
    public void Typologie_et_territoire(
        string? territoires,
        string? t1t2,
        TypologieLogement typologie,
        string? epci,
        int? attendu
    )
    {
        var parts = Parts(10m, 60m, territoires, t1t2 is null ? null : Dec(t1t2));
        var p = Orientation.Proposer(parts, new EtatOrientation(), typologie, epci);
        Assert.Equal(attendu, p.ReservataireId);
        Assert.Equal(attendu is null ? Contingent.Bailleur : Contingent.ActionLogement, p.Contingent);
    }

    [Fact]
    public void Sans_titulaire_conforme_en_retard_le_retard_seul_decide()
    {
        // Action Logement tient 100 % du flux mais seulement sur un EPCI : le logement d'un autre EPCI lui va quand
        // même (le bailleur n'a aucun reste), et l'explication le dit.
        var parts = Parts(0m, 100m, "200000001");
        var p = Orientation.Proposer(parts, new EtatOrientation(), TypologieLogement.T3, "200000002");
        Assert.Equal(ActionLogement, p.ReservataireId);
        Assert.Contains("aucun titulaire en retard ne couvrant ce territoire", p.Explication, StringComparison.Ordinal);
    }

    [Fact]
    public void Explication_structuree_et_en_phrase()
    {
        var parts = Parts(30m, 20m);
        var etat = new EtatOrientation();
        etat.Enregistrer(null, ClasseTypologie.T3);
        var p = Orientation.Proposer(parts, etat, TypologieLogement.T3, null);
        Assert.Equal(Prefet, p.ReservataireId);
        var prefet = p.Soldes.Single(s => s.ReservataireId == Prefet);
        Assert.Equal(0.6m, prefet.Du);
        Assert.Equal(0, prefet.Oriente);
        Assert.Equal(0m, p.Soldes.Single(s => s.ReservataireId is null).Ecart);
        Assert.Equal(
            "Proposé à Préfet : le plus grand retard parmi les titulaires dont la convention couvre ce territoire et "
                + "la typologie T3 (écart 0,6 logement sur 2 logements du flux de l'année, ce logement compris). "
                + "Soldes : Préfet 30 % : dû 0,6, orienté 0 ; Action Logement 20 % : dû 0,4, orienté 0 ; "
                + "Bailleur 50 % : dû 1,0, orienté 1.",
            p.Explication
        );
    }

    [Theory]
    [InlineData(TypologieLogement.T1, ClasseTypologie.T1T2)]
    [InlineData(TypologieLogement.T2, ClasseTypologie.T1T2)]
    [InlineData(TypologieLogement.T3, ClasseTypologie.T3)]
    [InlineData(TypologieLogement.T4, ClasseTypologie.T4Plus)]
    [InlineData(TypologieLogement.T6Plus, ClasseTypologie.T4Plus)]
    public void Classes_de_typologie(TypologieLogement typologie, ClasseTypologie attendue) =>
        Assert.Equal(attendue, Orientation.Classe(typologie));

    private static decimal Dec(string s) => decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
}
