import type { UseFormReturn } from 'react-hook-form';
import type { Offer, OfferInput } from '../../../shared/domain/offer';

export type OfferFormApi = UseFormReturn<OfferInput, unknown, Offer>;
