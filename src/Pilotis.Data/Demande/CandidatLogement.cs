using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Demande;

namespace Pilotis.Data.Demande;

/// <summary>Une demande candidate pour un logement : pas de donnée personnelle au-delà de la composition.</summary>
public sealed record CandidatLogement(
    long Id,
    string NumeroUnique,
    decimal? Score,
    DateOnly DateDepot,
    int NombrePersonnes,
    int PersonnesACharge,
    int RangCommune,
    bool Dalo,
    bool Prioritaire,
    decimal RessourcesParUc
);
