using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Demande;
using Pilotis.Domain.Demande.Cotation;

namespace Pilotis.Data.Demande;

/// <summary>
/// Ce que l'on doit dire au demandeur (CCH L441-2-8, DOMAIN §4.2) : son score expliqué, sa position parmi les demandes
/// semblables (même commune souhaitée en premier, même typologie) et le délai moyen d'attente des demandes semblables
/// satisfaites dans les douze derniers mois. Aucune donnée personnelle : ni composition, ni ressources, ni motifs.
/// </summary>
public sealed record InformationDemande(
    string NumeroUnique,
    EtatDemande Etat,
    DateOnly DateDepot,
    DateOnly DateFinValidite,
    string? CommuneCode,
    string? CommuneNom,
    Typologies Typologie,
    decimal? Score,
    ScoreExplique? Explication,
    int? GrilleVersion,
    string? EpciSiren,
    string? EpciNom,
    DateOnly? DateCotation,
    int? Position,
    int Similaires,
    decimal? AttenteMoyenneMois,
    int SatisfaitesReference
);
