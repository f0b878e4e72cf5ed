using System.Text;

namespace Pilotis.Domain.Production;

public enum ActionOperation
{
    FinaliserBrouillon = 0,
    Transmettre = 1,
    PrendreEnInstruction = 2,
    RenvoyerAuBailleur = 3,
    ConstaterCompletude = 4,
    ValiderCompletude = 5,
    SoumettreApprobation = 6,
    Approuver = 7,
    Agreer = 8,
    ValiderChorus = 9,
    VerserAcompte = 10,
    DeclarerOuvertureChantier = 11,
    DeclarerLivraison = 12,
    DeclarerMiseEnService = 13,
    EngagerCloture = 14,
    Cloturer = 15,
    Solder = 16,
    Supprimer = 17,
    Annuler = 18,
}
