namespace Pilotis.Domain.Attribution;

/// <summary>
/// Une attribution suivie d'un bail signé : ce que comptent les objectifs d'attribution de CCH L441-1 (par EPCI et
/// par année de signature). Aucune donnée nominative : les ressources par UC du ménage, ses reconnaissances (DALO,
/// priorité) et, s'il est connu, le numéro unique de sa demande.
/// </summary>
public sealed class BailSigne
{
    public const int LongueurNumeroMaximum = 40;

    public int Id { get; set; }

    /// <summary>Numéro de l'attribution chez le bailleur ; unique pour un bailleur.</summary>
    public required string NumeroAttribution { get; set; }

    /// <summary>L'organisation du bailleur, retrouvée par son SIREN.</summary>
    public int BailleurId { get; set; }

    /// <summary>Commune du logement (code INSEE) : elle donne l'EPCI où l'attribution compte.</summary>
    public required string CommuneCode { get; set; }

    public bool LogementEnQpv { get; set; }
    public Contingent Contingent { get; set; }
    public DateOnly DateSignatureBail { get; set; }

    /// <summary>Ressources annuelles du ménage par unité de consommation, en euros.</summary>
    public decimal RessourcesAnnuellesParUc { get; set; }

    /// <summary>Ménage reconnu prioritaire et urgent par la commission de médiation (DALO, CCH L441-2-3).</summary>
    public bool Dalo { get; set; }

    /// <summary>Ménage relevant d'un critère de priorité de CCH L441-1.</summary>
    public bool Prioritaire { get; set; }

    /// <summary>Ménage relogé dans le cadre d'une opération de renouvellement urbain (NPNRU, ANRU).</summary>
    public bool RelogementRenouvellementUrbain { get; set; }

    /// <summary>Numéro unique de la demande satisfaite, quand il est connu.</summary>
    public string? NumeroUnique { get; set; }

    /// <summary>Logement du répertoire loué par ce bail, quand le bail est signé dans Pilotis.</summary>
    public int? LogementId { get; set; }

    /// <summary>Logement à attribuer dont ce bail clôt le parcours (orientation, CALEOL, offre).</summary>
    public int? LogementAAttribuerId { get; set; }

    /// <summary>Demande du registre satisfaite par ce bail.</summary>
    public long? DemandeId { get; set; }

    public DateTimeOffset ModifieLe { get; set; }

    /// <summary>Vrai quand les valeurs importées sont celles déjà enregistrées (réimport sans effet).</summary>
    public bool MemesValeurs(BailSigne autre)
    {
        ArgumentNullException.ThrowIfNull(autre);
        return CommuneCode == autre.CommuneCode
            && LogementEnQpv == autre.LogementEnQpv
            && Contingent == autre.Contingent
            && DateSignatureBail == autre.DateSignatureBail
            && RessourcesAnnuellesParUc == autre.RessourcesAnnuellesParUc
            && Dalo == autre.Dalo
            && Prioritaire == autre.Prioritaire
            && RelogementRenouvellementUrbain == autre.RelogementRenouvellementUrbain
            && NumeroUnique == autre.NumeroUnique;
    }

    /// <summary>Reprend les valeurs d'un bail importé (même bailleur, même numéro).</summary>
    public void Reprendre(BailSigne autre)
    {
        ArgumentNullException.ThrowIfNull(autre);
        CommuneCode = autre.CommuneCode;
        LogementEnQpv = autre.LogementEnQpv;
        Contingent = autre.Contingent;
        DateSignatureBail = autre.DateSignatureBail;
        RessourcesAnnuellesParUc = autre.RessourcesAnnuellesParUc;
        Dalo = autre.Dalo;
        Prioritaire = autre.Prioritaire;
        RelogementRenouvellementUrbain = autre.RelogementRenouvellementUrbain;
        NumeroUnique = autre.NumeroUnique;
    }
}
