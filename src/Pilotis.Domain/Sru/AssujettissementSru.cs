namespace Pilotis.Domain.Sru;

/// <summary>Outcome of <see cref="AssujettissementSru.Determiner"/>: the status and why, in French.</summary>
/// <param name="Statut">Status at the date.</param>
/// <param name="Motif">French explanation shown on the commune page.</param>
/// <param name="Exemption">The exemption in force, when exempted.</param>
public sealed record AssujettissementSru(StatutSru Statut, string Motif, ExemptionSru? Exemption)
{
    /// <summary>Value of the dated commune attribute <c>statut_sru</c> (Territoire.ValeursAttributs).</summary>
    public string CodeStatut =>
        Statut switch
        {
            StatutSru.NonSoumise => "non-soumise",
            StatutSru.Soumise => "soumise",
            StatutSru.Exemptee => "exemptee",
            _ => Statut.ToString(),
        };

    /// <summary>
    /// CCH L302-5 I: a commune of at least 3,500 inhabitants (1,500 in Île-de-France) is subject
    /// when it belongs to an agglomeration or an EPCI à fiscalité propre of more than 50,000
    /// inhabitants comprising at least one commune of more than 15,000 inhabitants ("au moins
    /// égale" for the commune, "plus de" for the others: boundaries tested). A decree may exempt it
    /// for a period (L302-5 III). Not modelled: the isolated growing communes of more than 15,000
    /// inhabitants (L302-5 II) — to add as a parameter once confirmed.
    /// </summary>
    public static AssujettissementSru Determiner(
        in DonneesAssujettissementSru donnees,
        IEnumerable<ExemptionSru> exemptions,
        DateOnly date,
        ParametresSru parametres
    )
    {
        ArgumentNullException.ThrowIfNull(exemptions);
        ArgumentNullException.ThrowIfNull(parametres);
        var seuil = donnees.IleDeFrance
            ? parametres.SeuilPopulationCommuneIleDeFrance
            : parametres.SeuilPopulationCommune;
        var zone = donnees.IleDeFrance ? " (Île-de-France)" : "";
        if (donnees.PopulationCommune < seuil)
        {
            return new(
                StatutSru.NonSoumise,
                $"Population de {N(donnees.PopulationCommune)} habitants, inférieure au seuil de {N(seuil)} "
                    + $"habitants{zone}.",
                null
            );
        }

        string? ensemble = null;
        if (Qualifie(donnees.PopulationAgglomeration, donnees.PopulationPlusGrandeCommuneAgglomeration, parametres))
        {
            ensemble = $"une agglomération de {N(donnees.PopulationAgglomeration!.Value)} habitants";
        }
        else if (Qualifie(donnees.PopulationEpci, donnees.PopulationPlusGrandeCommuneEpci, parametres))
        {
            ensemble = $"un EPCI de {N(donnees.PopulationEpci!.Value)} habitants";
        }
        if (ensemble is null)
        {
            return new(
                StatutSru.NonSoumise,
                $"Commune de {N(donnees.PopulationCommune)} habitants, mais ni son agglomération ni son EPCI ne "
                    + "comptent plus de "
                    + $"{N(parametres.SeuilPopulationAgglomeration)} habitants avec une commune de plus de "
                    + $"{N(parametres.SeuilPopulationVilleCentre)} habitants.",
                null
            );
        }

        var motifSoumise =
            $"Commune de {N(donnees.PopulationCommune)} habitants (seuil {N(seuil)}{zone}) dans {ensemble} "
            + $"comprenant une commune de plus de {N(parametres.SeuilPopulationVilleCentre)} habitants (CCH L302-5).";
        foreach (var exemption in exemptions)
        {
            if (exemption.EstActiveLe(date))
            {
                return new(
                    StatutSru.Exemptee,
                    $"Exemptée du {exemption.Debut:dd/MM/yyyy} au {exemption.Fin:dd/MM/yyyy} par {exemption.Decret} "
                        + $": {exemption.LibelleMotif}.",
                    exemption
                );
            }
        }
        return new(StatutSru.Soumise, motifSoumise, null);
    }

    /// <summary>
    /// CCH L302-5 III: a commune may be proposed for exemption when the tension is below 2 demands
    /// per move-in (the decree decides; this only flags candidates).
    /// </summary>
    public static bool PeutEtreExempteeParFaibleTension(decimal demandesParEmmenagement, ParametresSru parametres)
    {
        ArgumentNullException.ThrowIfNull(parametres);
        return demandesParEmmenagement < parametres.SeuilTensionExemption;
    }

    private static bool Qualifie(int? population, int? plusGrandeCommune, ParametresSru p) =>
        population > p.SeuilPopulationAgglomeration && plusGrandeCommune > p.SeuilPopulationVilleCentre;

    private static string N(int valeur) => ValidationSru.Nombre(valeur);
}
