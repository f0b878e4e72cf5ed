using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Demande;
using Pilotis.Domain.Territoire;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Demande;

/// <summary>Une ligne du registre (page ou export) : jamais d'âge ni de ressources.</summary>
public sealed record LigneDemande(
    long Id,
    string NumeroUnique,
    StatutDemande Statut,
    MotifRadiation? MotifRadiation,
    DateOnly DateDepot,
    DateOnly? DateRenouvellement,
    DateOnly DateFinValidite,
    DateOnly? DateRadiation,
    string? CommunePrincipaleCode,
    string? EpciSiren,
    Typologies TypologiePrincipale,
    int NombrePersonnes,
    int Categorie,
    decimal UnitesConsommation,
    ProduitsEligibles ProduitsEligibles,
    bool Dalo,
    CriteresPrioritaires CriteresPrioritaires,
    bool Mutation,
    decimal? Score
);
