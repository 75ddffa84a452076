/**
 * Working papers for the end-to-end tests and screenshots: Human Rights Council drafts in the style
 * delegates write, one overreaching its mandate, one clean, one with format slips.
 */
import type { DocumentInput } from "@clausewise/schema";

export const overreaching: DocumentInput = {
  heading: {
    code: "HRC/WP.3",
    committee: "hrc",
    topic: "Protection of human rights defenders",
    sponsors: ["Norway", "Ghana", "Uruguay"],
    signatories: ["Fiji", "Ireland"],
  },
  preamble: [
    "Recalling the Declaration on the Right and Responsibility of Individuals, Groups and Organs of Society to Promote and Protect Universally Recognized Human Rights and Fundamental Freedoms",
    "Deeply concerned by reprisals against human rights defenders who cooperate with the United Nations",
  ],
  operative: [
    "Demands that all States immediately release every detained human rights defender",
    "Decides to establish a global fund for the protection of human rights defenders",
    "Decides to deploy a monitoring mission to States where defenders are at risk",
    {
      text: "Encourages States to adopt national laws protecting defenders, including",
      sub: ["Legal recognition of the work of defenders", "Independent oversight of security forces"],
    },
  ],
};

export const clean: DocumentInput = {
  heading: {
    code: "HRC/WP.1",
    committee: "hrc",
    topic: "The right to education in emergencies",
    sponsors: ["Jordan", "Colombia"],
    signatories: [],
  },
  preamble: [
    "Reaffirming the right of everyone to education",
    "Noting with concern that conflicts and disasters interrupt the schooling of millions of children",
  ],
  operative: [
    "Encourages States to include education in their emergency preparedness plans",
    "Requests the Office of the United Nations High Commissioner for Human Rights to prepare a report on the right to education in emergencies and to present it to the Council at its next session",
    "Decides to remain seized of the matter",
  ],
};

export const formatSlips: DocumentInput = {
  heading: {
    code: "HRC/WP.2",
    committee: "hrc",
    topic: "Privacy in the digital age",
    sponsors: [],
    signatories: [],
  },
  preamble: ["recalling its resolutions on the right to privacy in the digital age", "Noting that surveillance can chill freedom of expression"],
  operative: [
    "calls upon States to review their surveillance laws",
    "Invites the Special Rapporteur on the right to privacy to address the issue in the next report",
  ],
};
